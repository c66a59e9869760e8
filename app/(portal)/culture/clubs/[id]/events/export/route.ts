// 导出 Excel: one club's events, exactly as the viewer's filtered and sorted table on the club page shows them.
import { exportClubEvents } from "@/lib/culture/events/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute<{ id: string }>(
  { action: "culture.club.events.export", objectType: "Club", param: "id" },
  (user, url, params) => exportClubEvents(user, url, params.id),
);
