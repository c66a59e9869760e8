// 电子相册 reads. Every photo list is scoped by photoVisibleWhere (access.ts):
// approved photos for everyone, pending and hidden ones for 政治处 and their
// uploader. The two exports at the top are the album's API to the rest of
// the culture domain (the hub, events and the appraisal). The album list is
// list.ts.
import "server-only";

import { cache } from "react";

import { db } from "../../db";
import { activeBusinessUser } from "../../people/active";
import { managesAlbums, photoVisibleWhere, type PhotoViewer } from "./access";
import { photoOrder, photoSelect, toCard } from "./cards";
import { PHOTOS_PER_PAGE } from "./labels";

export { albumSortOf, listAlbums, type AlbumRow } from "./list";

export type PhotoParticipation = {
  /** Approved photos the person uploaded. */
  uploaded: number;
  /** Approved photos the person is tagged in. */
  taggedIn: number;
  albums: { id: string; title: string; uploaded: number; taggedIn: number }[];
};

/** A person's part in the album: approved photos only, whatever the viewer. */
export async function photoParticipationOf(userId: string): Promise<PhotoParticipation> {
  const [up, tagged] = await Promise.all([
    db.photo.groupBy({
      by: ["albumId"],
      where: { uploadedById: userId, status: "APPROVED" },
      _count: { _all: true },
    }),
    db.photo.groupBy({
      by: ["albumId"],
      where: { status: "APPROVED", tags: { some: { userId } } },
      _count: { _all: true },
    }),
  ]);
  const ids = [...new Set([...up, ...tagged].map((r) => r.albumId))];
  const albums = await db.album.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true },
    orderBy: [{ eventOn: "desc" }, { createdAt: "desc" }],
  });
  const count = (rows: typeof up, id: string) =>
    rows.find((r) => r.albumId === id)?._count._all ?? 0;
  return {
    uploaded: up.reduce((s, r) => s + r._count._all, 0),
    taggedIn: tagged.reduce((s, r) => s + r._count._all, 0),
    albums: albums.map((a) => ({ ...a, uploaded: count(up, a.id), taggedIn: count(tagged, a.id) })),
  };
}

/** The album of a culture event, with its approved photo count; null when it has none. */
export async function albumForEvent(
  eventId: string,
): Promise<{ id: string; title: string; photoCount: number } | null> {
  const a = await db.album.findUnique({
    where: { eventId },
    select: {
      id: true,
      title: true,
      _count: { select: { photos: { where: { status: "APPROVED" } } } },
    },
  });
  return a ? { id: a.id, title: a.title, photoCount: a._count.photos } : null;
}

/** How many photos wait for 政治处's review (0 for anyone else). */
export async function countPendingPhotos(viewer: PhotoViewer): Promise<number> {
  if (!managesAlbums(viewer.roles)) return 0;
  return db.photo.count({ where: { status: "PENDING" } });
}

/**
 * An album and one page of the photos the viewer may see. With `photoId`,
 * the page is the one that photo is on (a notification links to it).
 */
export async function getAlbum(
  viewer: PhotoViewer,
  id: string,
  opts: { page: number; photoId?: string },
) {
  const album = await db.album.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      eventOn: true,
      event: { select: { id: true, title: true } },
    },
  });
  if (!album) return null;
  const where = { AND: [{ albumId: album.id }, photoVisibleWhere(viewer)] };
  const total = await db.photo.count({ where });
  const pages = Math.max(1, Math.ceil(total / PHOTOS_PER_PAGE));
  let page = Math.min(opts.page, pages);
  let focus: string | null = null;
  if (opts.photoId) {
    const p = await db.photo.findFirst({
      where: { AND: [{ id: opts.photoId }, where] },
      select: { id: true, createdAt: true },
    });
    if (p) {
      const before = await db.photo.count({
        where: {
          AND: [
            where,
            {
              OR: [
                { createdAt: { lt: p.createdAt } },
                { createdAt: p.createdAt, id: { lt: p.id } },
              ],
            },
          ],
        },
      });
      page = Math.floor(before / PHOTOS_PER_PAGE) + 1;
      focus = p.id;
    }
  }
  const rows = await db.photo.findMany({
    where,
    orderBy: photoOrder,
    skip: (page - 1) * PHOTOS_PER_PAGE,
    take: PHOTOS_PER_PAGE,
    select: photoSelect,
  });
  return { album, total, pages, page, focus, photos: rows.map(toCard) };
}

/** 政治处's queue: pending photos first (oldest first), or the hidden ones. */
export async function listModerationQueue(
  viewer: PhotoViewer,
  opts: { status: "PENDING" | "HIDDEN"; page: number },
) {
  if (!managesAlbums(viewer.roles)) return { total: 0, pages: 1, page: 1, photos: [] };
  const where = { status: opts.status };
  const total = await db.photo.count({ where });
  const pages = Math.max(1, Math.ceil(total / PHOTOS_PER_PAGE));
  const page = Math.min(opts.page, pages);
  const rows = await db.photo.findMany({
    where,
    orderBy: photoOrder,
    skip: (page - 1) * PHOTOS_PER_PAGE,
    take: PHOTOS_PER_PAGE,
    select: photoSelect,
  });
  return { total, pages, page, photos: rows.map(toCard) };
}

/** Culture events that have no album yet, newest first, for the album form. */
export async function listEventsWithoutAlbum() {
  const rows = await db.cultureEvent.findMany({
    where: { album: null },
    orderBy: { startsAt: "desc" },
    take: 200,
    select: { id: true, title: true, startsAt: true },
  });
  return rows;
}

/** Who may be tagged: active business users, by department and name (cached per request). */
export const listTaggablePeople = cache(async () => {
  const rows = await db.user.findMany({
    where: activeBusinessUser,
    orderBy: [{ department: { sortOrder: "asc" } }, { realName: "asc" }],
    select: { id: true, realName: true, department: { select: { name: true } } },
  });
  return rows.map((u) => ({ id: u.id, name: u.realName, department: u.department?.name ?? "" }));
});
