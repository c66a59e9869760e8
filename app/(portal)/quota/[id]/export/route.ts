// 导出 Excel: a round's registrants (政治处), exactly as the filtered, sorted
// table on /quota/[id] shows them.
import { exportQuotaRegistrants } from "@/lib/quota/registrant-export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute<{ id: string }>(
  { action: "quota.registrants.export", objectType: "QuotaRound" },
  exportQuotaRegistrants,
);
