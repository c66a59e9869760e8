// 导出 Excel: /pulse's round list, exactly as the viewer's filtered and sorted page shows it.
import { exportPulseRounds } from "@/lib/pulse/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "pulse.round.list.export", objectType: "PulseRound" },
  (user, url) => exportPulseRounds(user, url),
);
