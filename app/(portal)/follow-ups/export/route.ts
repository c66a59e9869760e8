// 导出 Excel: the follow-up list, exactly as the viewer's filtered and sorted page shows it.
import { exportFollowUps } from "@/lib/follow-ups/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "followup.list.export", objectType: "FollowUp" },
  (user, url) => exportFollowUps(user, url),
);
