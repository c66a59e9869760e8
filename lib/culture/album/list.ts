// The album list (电子相册) as people work with it (issue 15 item 5): one
// where (the keyword on the album's and its event's title) and one order
// (ending on the id), read a page at a time for the cards and page by page
// for the XLSX export, which therefore holds exactly the albums, in the
// order, that the same viewer's page shows. Albums are open to every business
// user; only the photo count is the viewer's own (the photos they may see).
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages } from "../../batches";
import { db } from "../../db";
import type { Sort } from "../../list-sort";
import { photoVisibleWhere, seesAlbums, type PhotoViewer } from "./access";
import { thumbUrl } from "./cards";
import { ALBUMS_PER_PAGE } from "./labels";
import type { AlbumListFilter, AlbumSort } from "./schemas";

function albumListWhere(v: PhotoViewer, f: AlbumListFilter): Prisma.AlbumWhereInput {
  return {
    AND: [
      // Fail closed: a viewer without the album sees no album at all.
      seesAlbums(v.roles) ? {} : { id: "__none__" },
      f.q ? { OR: [{ title: { contains: f.q } }, { event: { title: { contains: f.q } } }] } : {},
    ],
  };
}

/** The sort in effect: a declared column, or the newest event first. */
export function albumSortOf(f: AlbumListFilter): Sort<AlbumSort> {
  const key = f.sort ?? "eventOn";
  return { key, dir: f.dir ?? (key === "eventOn" ? "desc" : "asc") };
}

function albumListOrder(f: AlbumListFilter): Prisma.AlbumOrderByWithRelationInput[] {
  const { key, dir } = albumSortOf(f);
  const first: Record<AlbumSort, Prisma.AlbumOrderByWithRelationInput> = {
    // An album without a date comes last either way, as on the default page.
    eventOn: { eventOn: { sort: dir, nulls: "last" } },
    title: { title: dir },
  };
  return [
    first[key],
    { eventOn: { sort: "desc", nulls: "last" } },
    { createdAt: "desc" },
    { id: "asc" },
  ];
}

function readAlbums(v: PhotoViewer, where: Prisma.AlbumWhereInput) {
  return async (orderBy: Prisma.AlbumOrderByWithRelationInput[], skip: number, take: number) => {
    const rows = await db.album.findMany({
      where,
      orderBy,
      skip,
      take,
      select: {
        id: true,
        title: true,
        description: true,
        eventOn: true,
        event: { select: { title: true } },
        _count: { select: { photos: { where: photoVisibleWhere(v) } } },
        photos: {
          where: { status: "APPROVED" },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: 1,
          select: { id: true },
        },
      },
    });
    return rows.map((a) => ({
      id: a.id,
      title: a.title,
      description: a.description,
      eventOn: a.eventOn,
      eventTitle: a.event?.title ?? null,
      photoCount: a._count.photos,
      coverUrl: a.photos[0] ? thumbUrl(a.photos[0].id) : null,
    }));
  };
}
export type AlbumRow = Awaited<ReturnType<ReturnType<typeof readAlbums>>>[number];

/** A page of the albums, searched and sorted, each with the viewer's photo count and a cover. */
export async function listAlbums(v: PhotoViewer, f: AlbumListFilter) {
  const where = albumListWhere(v, f);
  const total = await db.album.count({ where });
  const pages = Math.max(1, Math.ceil(total / ALBUMS_PER_PAGE));
  const rows = await readAlbums(v, where)(
    albumListOrder(f),
    (Math.min(f.page, pages) - 1) * ALBUMS_PER_PAGE,
    ALBUMS_PER_PAGE,
  );
  return { total, pages, rows };
}

/** Every album of the list as the viewer sees it, searched and sorted alike, page by page (the export). */
export function allAlbumRows(v: PhotoViewer, f: AlbumListFilter): AsyncGenerator<AlbumRow[]> {
  const read = readAlbums(v, albumListWhere(v, f));
  const orderBy = albumListOrder(f);
  return inPages((skip, take) => read(orderBy, skip, take));
}
