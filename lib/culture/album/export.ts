// 导出 Excel of the album list (电子相册): the same query as the page
// (list.ts) — keyword, order — streamed page by page, for everyone who has
// the albums (culture.participate or culture.manage); anyone else gets 404.
// The file holds what a card shows: the title, the event's date and title,
// and the number of photos the viewer may see — never a photo or a tag.
import "server-only";

import type { SessionUser } from "../../auth/session";
import { filterText, type XlsxColumn } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { seesAlbums } from "./access";
import { allAlbumRows, type AlbumRow } from "./list";
import { AlbumListFilter } from "./schemas";

const COLUMNS: XlsxColumn<AlbumRow>[] = [
  { header: "相册", value: (r) => r.title },
  { header: "活动日期", value: (r) => r.eventOn, format: "date" },
  { header: "关联活动", value: (r) => r.eventTitle ?? "" },
  { header: "照片数", value: (r) => r.photoCount, format: "int" },
];

export async function exportAlbums(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!seesAlbums(user.roles)) return null;
  const f = AlbumListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "culture.albums.export",
    objectType: "Album",
    objectId: "",
    fileName: "电子相册",
    filter: filterText({ 关键词: f.q }),
    sheets: [
      { name: "电子相册", title: "电子相册", rows: allAlbumRows(user, f), columns: COLUMNS },
    ],
  };
}
