// 导出 Excel: the 征文 call list, exactly as the viewer's filtered and sorted page shows it.
import { exportCalls } from "@/lib/culture/essays/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "culture.essays.calls.export", objectType: "EssayCall" },
  (user, url) => exportCalls(user, url),
);
