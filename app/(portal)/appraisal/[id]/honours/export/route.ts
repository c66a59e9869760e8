// 导出 Excel: a cycle's 评先评优 batches, exactly as the viewer's searched and
// sorted page shows them, with the nominations the viewer's scope reads.
import { exportHonourBatches } from "@/lib/appraisal/exports/honours";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute<{ id: string }>(
  { action: "appraisal.honours.export", objectType: "AppraisalCycle" },
  exportHonourBatches,
);
