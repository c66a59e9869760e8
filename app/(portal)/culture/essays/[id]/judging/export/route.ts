// 导出 Excel: a call's judging board, exactly as the viewer's searched and sorted page shows it.
import { exportEntries } from "@/lib/culture/essays/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute<{ id: string }>(
  { action: "culture.essays.entries.export", objectType: "EssayCall" },
  (user, url, params) => exportEntries(user, url, params.id),
);
