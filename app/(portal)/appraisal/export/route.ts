// 导出 Excel: the cycle list (政治处, 院领导), exactly as the viewer's filtered and sorted page shows it.
import { exportCycles } from "@/lib/appraisal/exports/lists";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "appraisal.cycles.export", objectType: "AppraisalCycle" },
  (user, url) => exportCycles(user, url),
);
