// 导出 Excel: the club list, exactly as the viewer's searched and sorted page shows it.
import { exportClubs } from "@/lib/culture/clubs/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "culture.clubs.export", objectType: "Club" },
  (user, url) => exportClubs(user, url),
);
