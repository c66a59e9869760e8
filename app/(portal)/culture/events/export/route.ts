// 导出 Excel: the 集体活动 list, exactly as the viewer's filtered and sorted page shows it.
import { exportGroupEvents } from "@/lib/culture/events/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "culture.events.export", objectType: "CultureEvent" },
  (user, url) => exportGroupEvents(user, url),
);
