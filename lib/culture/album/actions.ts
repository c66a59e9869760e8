"use server";

// 电子相册 writes: 政治处 creates albums (optionally for a culture event) and
// moderates photos; staff upload photos (pending until approved) and tag
// the people in approved ones; a tagged person may remove their own tag.
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { ConflictError, ForbiddenError, isUniqueViolation, NotFoundError } from "../../errors";
import { notify } from "../../notifications/notify";
import { activeBusinessUser } from "../../people/active";
import { findVisiblePhoto, managesAlbums, PHOTO_OWNER } from "./access";
import { PHOTO_STATUS_LABELS } from "./labels";
import { newPhotoId, storePhotoFiles } from "./photo-files";
import {
  ALBUM_MESSAGES,
  CreateAlbumInput,
  ModeratePhotoInput,
  TagPhotoInput,
  UploadPhotoInput,
} from "./schemas";

export const createAlbum = action(
  { name: "culture.album.create", permission: "culture.manage", input: CreateAlbumInput },
  async ({ db, user, input, audit }) => {
    let eventOn = input.eventOn;
    if (input.eventId) {
      const ev = await db.cultureEvent.findUnique({
        where: { id: input.eventId },
        select: { id: true, startsAt: true, album: { select: { id: true } } },
      });
      if (!ev) throw new NotFoundError(ALBUM_MESSAGES.eventMissing);
      if (ev.album)
        throw new ConflictError(ALBUM_MESSAGES.eventTaken, { eventId: ALBUM_MESSAGES.eventTaken });
      eventOn ??= ev.startsAt;
    }
    let album: { id: string };
    try {
      album = await db.album.create({
        data: {
          title: input.title,
          description: input.description ?? "",
          eventOn,
          eventId: input.eventId,
          createdById: user.id,
        },
        select: { id: true },
      });
    } catch (e) {
      // Two albums created for one event at once: the second meets the unique key.
      if (isUniqueViolation(e))
        throw new ConflictError(ALBUM_MESSAGES.eventTaken, { eventId: ALBUM_MESSAGES.eventTaken });
      throw e;
    }
    Object.assign(audit, {
      objectType: "Album",
      objectId: album.id,
      detail: { eventId: input.eventId },
    });
    revalidatePath("/culture/albums");
    return { id: album.id };
  },
);

/** Any business user uploads into any album; the photo waits for 政治处's approval. */
export const uploadPhoto = action(
  { name: "culture.photo.upload", permission: "culture.participate", input: UploadPhotoInput },
  async ({ db, user, input, audit, onCommit, onRollback }) => {
    const album = await db.album.findUnique({
      where: { id: input.albumId },
      select: { id: true },
    });
    if (!album) throw new NotFoundError();
    const id = newPhotoId();
    const files = await storePhotoFiles(db, { onCommit, onRollback }, id, input.file, user.id);
    await db.photo.create({
      data: {
        id,
        albumId: album.id,
        attachmentId: files.attachment.id,
        thumbKey: files.thumbKey,
        width: files.width,
        height: files.height,
        caption: input.caption ?? "",
        status: "PENDING",
        uploadedById: user.id,
      },
    });
    Object.assign(audit, {
      objectType: PHOTO_OWNER,
      objectId: id,
      detail: {
        albumId: album.id,
        attachmentId: files.attachment.id,
        mimeType: files.attachment.mimeType,
        size: files.attachment.size,
        sha256: files.attachment.sha256,
      },
    });
    revalidatePath(`/culture/albums/${album.id}`);
    revalidatePath("/culture/albums/review");
    return { id, fileName: files.attachment.fileName };
  },
);

/** 政治处 approves or hides a photo; hiding is reversible by approving again. */
export const moderatePhoto = action(
  { name: "culture.photo.moderate", permission: "culture.manage", input: ModeratePhotoInput },
  async ({ db, user, input, audit }) => {
    const p = await db.photo.findUnique({
      where: { id: input.photoId },
      select: { id: true, albumId: true, status: true },
    });
    if (!p) throw new NotFoundError();
    if (p.status === input.status) throw new ConflictError(ALBUM_MESSAGES.sameStatus);
    // Conditional on the status read, so two moderators at once do not both "change" it.
    const { count } = await db.photo.updateMany({
      where: { id: p.id, status: p.status },
      data: { status: input.status, moderatedById: user.id, moderatedAt: new Date() },
    });
    if (count !== 1) throw new ConflictError(ALBUM_MESSAGES.sameStatus);
    Object.assign(audit, {
      objectType: PHOTO_OWNER,
      objectId: p.id,
      detail: { from: p.status, to: input.status },
    });
    revalidatePath(`/culture/albums/${p.albumId}`);
    revalidatePath("/culture/albums/review");
    return { id: p.id, status: input.status, label: PHOTO_STATUS_LABELS[input.status] };
  },
);

/** Anyone who sees an approved photo tags an active colleague in it; the person is told. */
export const tagPhoto = action(
  { name: "culture.photo.tag", permission: "culture.participate", input: TagPhotoInput },
  async ({ db, user, input, audit }) => {
    const p = await findVisiblePhoto(user, input.photoId, db);
    if (!p) throw new NotFoundError();
    if (p.status !== "APPROVED") throw new ConflictError(ALBUM_MESSAGES.notApproved);
    const person = await db.user.findFirst({
      where: { AND: [{ id: input.userId }, activeBusinessUser] },
      select: { id: true, realName: true },
    });
    if (!person)
      throw new ConflictError(ALBUM_MESSAGES.personInvalid, {
        userId: ALBUM_MESSAGES.personInvalid,
      });
    const already = await db.photoTag.findUnique({
      where: { photoId_userId: { photoId: p.id, userId: person.id } },
      select: { photoId: true },
    });
    if (already) throw new ConflictError(ALBUM_MESSAGES.alreadyTagged);
    try {
      await db.photoTag.create({
        data: { photoId: p.id, userId: person.id, taggedById: user.id },
      });
    } catch (e) {
      // A parallel tag of the same person won the race: the same answer as above.
      if (isUniqueViolation(e)) throw new ConflictError(ALBUM_MESSAGES.alreadyTagged);
      throw e;
    }
    const album = await db.album.findUniqueOrThrow({
      where: { id: p.albumId },
      select: { title: true },
    });
    if (person.id !== user.id)
      await notify(db, [person.id], {
        title: `${user.realName} 在相册“${album.title}”的照片中标记了您`,
        body: "如照片中不是您，可在照片中取消标记。",
        link: `/culture/albums/${p.albumId}?photo=${p.id}`,
      });
    Object.assign(audit, {
      objectType: PHOTO_OWNER,
      objectId: p.id,
      detail: { userId: person.id },
    });
    revalidatePath(`/culture/albums/${p.albumId}`);
    return { photoId: p.id, userId: person.id, name: person.realName };
  },
);

/** A tagged person removes their own tag; 政治处 and whoever tagged may remove it too. */
export const untagPhoto = action(
  { name: "culture.photo.untag", permission: "culture.participate", input: TagPhotoInput },
  async ({ db, user, input, audit }) => {
    const p = await findVisiblePhoto(user, input.photoId, db);
    if (!p) throw new NotFoundError();
    const tag = await db.photoTag.findUnique({
      where: { photoId_userId: { photoId: p.id, userId: input.userId } },
      select: { userId: true, taggedById: true },
    });
    if (!tag) throw new ConflictError(ALBUM_MESSAGES.notTagged);
    const mayRemove =
      tag.userId === user.id || tag.taggedById === user.id || managesAlbums(user.roles);
    if (!mayRemove) throw new ForbiddenError(ALBUM_MESSAGES.untagOthers);
    // deleteMany: a parallel untag has nothing left to delete, and that is fine.
    await db.photoTag.deleteMany({ where: { photoId: p.id, userId: tag.userId } });
    Object.assign(audit, {
      objectType: PHOTO_OWNER,
      objectId: p.id,
      detail: { userId: tag.userId, self: tag.userId === user.id },
    });
    revalidatePath(`/culture/albums/${p.albumId}`);
    return { photoId: p.id, userId: tag.userId };
  },
);
