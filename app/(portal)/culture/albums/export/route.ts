// 导出 Excel: the album list, exactly as the viewer's searched and sorted page shows it.
import { exportAlbums } from "@/lib/culture/album/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "culture.albums.export", objectType: "Album" },
  (user, url) => exportAlbums(user, url),
);
