// 导出 Excel: one 考评表, to whoever may read it (404 otherwise).
import { exportSheet } from "@/lib/appraisal/exports/sheet";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute<{ id: string; sheetId: string }>(
  { action: "appraisal.sheet.export", objectType: "AppraisalSheet", param: "sheetId" },
  (user, _url, { id, sheetId }) => exportSheet(user, id, sheetId),
);
