// 导出 Excel: a round's published list (公示 or 已入额), exactly as the
// viewer's searched and sorted page shows it, once 政治处 has published it.
import { exportPublicity } from "@/lib/quota/publicity-export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute<{ id: string }>(
  { action: "quota.publicity.export", objectType: "QuotaRound" },
  exportPublicity,
);
