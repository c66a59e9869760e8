// A photo's files: the upload checked and cleaned by the attachment module
// (type from the bytes, ≤ 10 MB, EXIF dropped), plus a small WebP thumbnail
// stored beside it. Both files follow the action's transaction: a rollback
// removes them.
import "server-only";

import { randomBytes } from "node:crypto";

import sharp, { type Metadata } from "sharp";

import type { TxHooks } from "../../action";
import { newStorageKey, removeStoredFile, writeStoredFile } from "../../attachments/storage";
import { isImageMime, UPLOAD_MESSAGES } from "../../attachments/types";
import { prepareUpload, storeAttachment } from "../../attachments/upload";
import type { Tx } from "../../db";
import { ValidationError } from "../../errors";
import { PHOTO_OWNER } from "./access";

export const THUMB_WIDTH = 400;
export const PHOTO_MESSAGES = {
  notImage: "仅支持上传 JPEG、PNG、WebP 格式的照片",
} as const;

/** A cuid-like random id: the photo's id is needed before its row, as the attachment's owner. */
export function newPhotoId(): string {
  return `c${randomBytes(12).toString("hex")}`;
}

/** The thumbnail of cleaned image bytes: at most THUMB_WIDTH wide, WebP, no metadata. */
export async function makeThumbnail(bytes: Buffer): Promise<Buffer> {
  return sharp(bytes)
    .resize({ width: THUMB_WIDTH, withoutEnlargement: true })
    .webp({ quality: 72 })
    .toBuffer();
}

/**
 * Checks and stores an uploaded photo for `photoId`: the full image as an
 * Attachment, and its thumbnail. Throws a Chinese field error on `file`.
 */
export async function storePhotoFiles(
  tx: Tx,
  hooks: TxHooks,
  photoId: string,
  file: File,
  uploadedById: string,
) {
  const notImage = () =>
    new ValidationError(PHOTO_MESSAGES.notImage, { file: PHOTO_MESSAGES.notImage });
  // The attachment module allows documents too; a photo must be an image.
  const prepared = await prepareUpload(file, "file").catch((e: unknown) => {
    throw e instanceof ValidationError && e.message === UPLOAD_MESSAGES.wrongType ? notImage() : e;
  });
  if (!isImageMime(prepared.mimeType)) throw notImage();
  let meta: Metadata;
  let thumb: Buffer;
  try {
    meta = await sharp(prepared.bytes).metadata();
    thumb = await makeThumbnail(prepared.bytes);
  } catch {
    throw new ValidationError(UPLOAD_MESSAGES.badImage, { file: UPLOAD_MESSAGES.badImage });
  }
  const thumbKey = newStorageKey();
  await writeStoredFile(thumbKey, thumb);
  hooks.onRollback(() => removeStoredFile(thumbKey));
  const att = await storeAttachment(
    tx,
    hooks,
    { ownerType: PHOTO_OWNER, ownerId: photoId },
    prepared,
    uploadedById,
  );
  return { attachment: att, thumbKey, width: meta.width ?? 0, height: meta.height ?? 0 };
}
