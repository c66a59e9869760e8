// 电子相册 visibility, moderation and tags on a real database: a pending or
// hidden photo is seen (thumbnail and full image) only by 政治处 and its
// uploader; only 政治处 moderates; tags on approved photos notify the person,
// who may remove their own tag but not another's. Shared people and
// builders: ./fixtures/culture-album.ts.
import { describe, expect, it } from "vitest";

import { createAlbum, moderatePhoto, tagPhoto, untagPhoto } from "@/lib/culture/album/actions";
import {
  albumForEvent,
  countPendingPhotos,
  getAlbum,
  listAlbums,
  listModerationQueue,
  photoParticipationOf,
} from "@/lib/culture/album/queries";
import { ALBUM_MESSAGES, AlbumListFilter } from "@/lib/culture/album/schemas";
import { db } from "@/lib/db";

import {
  admin,
  albumId,
  disabled,
  getImage,
  getThumb,
  idOf,
  leader,
  newPhoto,
  NOT_FOUND,
  office,
  s1,
  s2,
  s3,
  setupAlbum,
  type U,
} from "./fixtures/culture-album";
import { actAnonymously, actAs, lastAudit } from "./helpers";

setupAlbum();

async function statusFor(who: U | null, photoId: string) {
  const { attachmentId } = await db.photo.findUniqueOrThrow({ where: { id: photoId } });
  if (who) await actAs(who);
  else actAnonymously();
  const [t, i] = await Promise.all([getThumb(photoId), getImage(attachmentId)]);
  return [t.status, i.status];
}

describe("who sees a photo", () => {
  it("a pending photo is seen only by 政治处 and its uploader, and by everyone once approved", async () => {
    const id = await newPhoto(s1);
    for (const u of [s2, leader, admin]) expect(await statusFor(u, id)).toEqual([404, 404]);
    expect(await lastAudit()).toMatchObject({ result: "NOT_FOUND", userId: admin.id });
    expect(await statusFor(null, id)).toEqual([404, 404]);
    for (const u of [s1, office]) expect(await statusFor(u, id)).toEqual([200, 200]);

    await actAs(s1);
    const res = await getThumb(id);
    expect(res.headers.get("content-type")).toBe("image/webp");
    expect(res.headers.get("cache-control")).toContain("private");
    // The album page lists it for the uploader only.
    const list = async (u: U) =>
      (await getAlbum(
        { id: u.id, roles: u === office ? ["POLITICAL_OFFICE", "STAFF"] : ["STAFF"] },
        albumId,
        { page: 1 },
      ))!.photos.map((p) => p.id);
    expect(await list(s1)).toContain(id);
    expect(await list(s2)).not.toContain(id);

    await actAs(office);
    expect(await moderatePhoto({ photoId: id, status: "APPROVED" })).toMatchObject({ ok: true });
    for (const u of [s2, leader]) expect(await statusFor(u, id)).toEqual([200, 200]);
    expect(await list(s2)).toContain(id);
    // Administrators read no business content.
    expect(await statusFor(admin, id)).toEqual([404, 404]);
  });

  it("a hidden photo is seen only by 政治处 and its uploader; hiding is reversible", async () => {
    const id = await newPhoto(s1, true);
    await actAs(office);
    expect(await moderatePhoto({ photoId: id, status: "HIDDEN" })).toMatchObject({ ok: true });
    expect(await statusFor(s2, id)).toEqual([404, 404]);
    expect(await statusFor(s1, id)).toEqual([200, 200]);
    expect(await statusFor(office, id)).toEqual([200, 200]);
    await actAs(office);
    expect(await moderatePhoto({ photoId: id, status: "HIDDEN" })).toEqual({
      ok: false,
      message: ALBUM_MESSAGES.sameStatus,
    });
    expect(await moderatePhoto({ photoId: id, status: "APPROVED" })).toMatchObject({ ok: true });
    expect(await statusFor(s2, id)).toEqual([200, 200]);
  });

  it("only 政治处 moderates", async () => {
    const id = await newPhoto(s1);
    for (const u of [s1, s2, leader]) {
      await actAs(u);
      expect(await moderatePhoto({ photoId: id, status: "APPROVED" })).toEqual({
        ok: false,
        message: "您没有执行此操作的权限",
      });
      expect(await lastAudit()).toMatchObject({
        action: "culture.photo.moderate",
        result: "DENIED",
      });
    }
    expect((await db.photo.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });
});

describe("tags", () => {
  it("tagging notifies the person, once; bad targets get a Chinese message", async () => {
    const id = await newPhoto(s1, true);
    await actAs(s2);
    expect(await tagPhoto({ photoId: id, userId: s3.id })).toMatchObject({ ok: true });
    const n = await db.notification.findMany({ where: { userId: s3.id } });
    expect(n).toHaveLength(1);
    expect(n[0].link).toBe(`/culture/albums/${albumId}?photo=${id}`);
    expect(n[0].title).toContain("标记了您");

    expect(await tagPhoto({ photoId: id, userId: s3.id })).toEqual({
      ok: false,
      message: ALBUM_MESSAGES.alreadyTagged,
    });
    expect(await tagPhoto({ photoId: id, userId: disabled.id })).toMatchObject({
      ok: false,
      message: ALBUM_MESSAGES.personInvalid,
    });
    expect(await tagPhoto({ photoId: id, userId: admin.id })).toMatchObject({ ok: false });
    expect(await db.notification.count({ where: { userId: s3.id } })).toBe(1);

    // A pending photo cannot be tagged, even by its uploader; an unseen one is not found.
    const pending = await newPhoto(s1);
    expect(await tagPhoto({ photoId: pending, userId: s2.id })).toEqual({
      ok: false,
      message: ALBUM_MESSAGES.notApproved,
    });
    await actAs(s2);
    expect(await tagPhoto({ photoId: pending, userId: s3.id })).toEqual({
      ok: false,
      message: NOT_FOUND,
    });
  });

  it("a parallel double tag gives one tag and a clean message, never an error", async () => {
    const id = await newPhoto(s1, true);
    await actAs(s2);
    const results = await Promise.all([
      tagPhoto({ photoId: id, userId: s1.id }),
      tagPhoto({ photoId: id, userId: s1.id }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({
      ok: false,
      message: ALBUM_MESSAGES.alreadyTagged,
    });
    expect(await db.photoTag.count({ where: { photoId: id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: s1.id, link: { contains: id } } })).toBe(
      1,
    );
  });

  it("a tagged person removes their own tag; others' tags are refused", async () => {
    const id = await newPhoto(s1, true);
    await actAs(s2);
    expect(await tagPhoto({ photoId: id, userId: s3.id })).toMatchObject({ ok: true });
    await actAs(s1);
    expect(await untagPhoto({ photoId: id, userId: s3.id })).toEqual({
      ok: false,
      message: ALBUM_MESSAGES.untagOthers,
    });
    expect(await db.photoTag.count({ where: { photoId: id } })).toBe(1);
    await actAs(s3);
    expect(await untagPhoto({ photoId: id, userId: s3.id })).toMatchObject({ ok: true });
    expect(await db.photoTag.count({ where: { photoId: id } })).toBe(0);
    expect(await untagPhoto({ photoId: id, userId: s3.id })).toEqual({
      ok: false,
      message: ALBUM_MESSAGES.notTagged,
    });
    // 政治处 may remove any tag.
    await actAs(s2);
    await tagPhoto({ photoId: id, userId: s3.id });
    await actAs(office);
    expect(await untagPhoto({ photoId: id, userId: s3.id })).toMatchObject({ ok: true });
  });
});

describe("lists", () => {
  it("the review queue and the pending count are 政治处's; album covers are approved photos", async () => {
    const pending = await newPhoto(s2);
    const approved = await newPhoto(s2, true);
    const staffView = { id: s1.id, roles: ["STAFF" as const] };
    const officeView = { id: office.id, roles: ["POLITICAL_OFFICE" as const, "STAFF" as const] };
    expect(await countPendingPhotos(staffView)).toBe(0);
    expect(await countPendingPhotos(officeView)).toBeGreaterThanOrEqual(1);
    expect((await listModerationQueue(staffView, { status: "PENDING", page: 1 })).photos).toEqual(
      [],
    );
    const queue = await listModerationQueue(officeView, { status: "PENDING", page: 1 });
    expect(queue.photos.map((p) => p.id)).toContain(pending);
    expect(queue.photos.map((p) => p.id)).not.toContain(approved);
    const albums = await listAlbums(staffView, AlbumListFilter.parse({}));
    const mine = albums.rows.find((a) => a.id === albumId)!;
    expect(mine.coverUrl).toMatch(/^\/api\/culture\/photos\/c[a-z0-9]+\/thumb$/);
    const all = await listAlbums(officeView, AlbumListFilter.parse({}));
    expect(all.rows.find((a) => a.id === albumId)!.photoCount).toBeGreaterThan(mine.photoCount);
  });
});

describe("the album's API to the culture domain", () => {
  it("counts approved photos uploaded and tagged-in, and finds an event's album", async () => {
    const p1 = await newPhoto(s3, true);
    await newPhoto(s3); // pending: not counted
    await actAs(s2);
    await tagPhoto({ photoId: p1, userId: s3.id });
    const part = await photoParticipationOf(s3.id);
    expect(part.uploaded).toBe(1);
    expect(part.taggedIn).toBeGreaterThanOrEqual(1);
    expect(part.albums.map((a) => a.id)).toEqual([albumId]);
    expect(await albumForEvent("c-no-such-event")).toBeNull();
  });

  it("links an album to a culture event, one album per event", async () => {
    const ev = await db.cultureEvent.create({
      data: {
        type: "HIKE",
        title: "徒步行",
        startsAt: new Date("2026-04-18T01:00:00Z"),
        createdById: office.id,
      },
    });
    await actAs(office);
    const r = await createAlbum({ title: "徒步行相册", eventId: ev.id });
    const id = idOf(r);
    expect(await albumForEvent(ev.id)).toEqual({ id, title: "徒步行相册", photoCount: 0 });
    expect((await db.album.findUniqueOrThrow({ where: { id } })).eventOn).toEqual(ev.startsAt);
    expect(await createAlbum({ title: "重复", eventId: ev.id })).toEqual({
      ok: false,
      message: ALBUM_MESSAGES.eventTaken,
      fieldErrors: { eventId: ALBUM_MESSAGES.eventTaken },
    });
    await db.album.delete({ where: { id } });
    await db.cultureEvent.delete({ where: { id: ev.id } });
  });
});
