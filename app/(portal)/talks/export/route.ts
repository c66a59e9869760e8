// 导出 Excel: the talk list, exactly as the viewer's filtered and sorted page shows it.
import { exportTalks } from "@/lib/talks/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "talk.list.export", objectType: "TalkRecord" },
  (user, url) => exportTalks(user, url),
);
