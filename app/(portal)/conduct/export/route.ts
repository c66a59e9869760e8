// 导出 Excel: the 履职表现记录 list, exactly as the viewer's filtered and sorted page shows it.
import { exportConduct } from "@/lib/conduct/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "conduct.list.export", objectType: "ConductRecord" },
  (user, url) => exportConduct(user, url),
);
