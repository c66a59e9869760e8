// 导出 Excel: the honours wall, exactly as the viewer's page shows it for the
// same year, keyword and order (commendations and essay awards; never discipline).
import { exportHonours } from "@/lib/conduct/honours-export";
import { listEssayAwards } from "@/lib/culture/essays/queries";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "conduct.honours.export", objectType: "ConductRecord" },
  (user, url) => exportHonours(user, url, listEssayAwards),
);
