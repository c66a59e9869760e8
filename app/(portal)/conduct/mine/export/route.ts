// 导出 Excel: the viewer's own 履职表现记录, exactly as /conduct/mine shows them.
import { exportConduct } from "@/lib/conduct/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "conduct.mine.export", objectType: "ConductRecord" },
  (user, url) => exportConduct(user, url, true),
);
