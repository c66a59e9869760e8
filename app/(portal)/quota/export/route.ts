// 导出 Excel: the 入额遴选 round list, exactly as the viewer's filtered and
// sorted page shows it (their own registration only).
import { exportQuotaRounds } from "@/lib/quota/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "quota.round.list.export", objectType: "QuotaRound" },
  (user, url) => exportQuotaRounds(user, url),
);
