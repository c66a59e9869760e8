// 导出 Excel: the report list, exactly as the viewer's filtered and sorted page shows it.
import { exportReports } from "@/lib/reports/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "report.list.export", objectType: "LiaisonReport" },
  (user, url) => exportReports(user, url),
);
