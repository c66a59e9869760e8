// Turns an uploaded File into a stored Attachment: size and type checked from
// the bytes, images re-encoded without their metadata, the file written under
// a random key and its row created in the caller's transaction. The file
// follows the transaction (the action wrapper's TxHooks): a rollback, however
// late, removes a new file, and a deleted row's file goes only after commit.
import "server-only";

import { createHash } from "node:crypto";

import sharp from "sharp";

import type { TxHooks } from "../action";
import type { Tx } from "../db";
import { ValidationError } from "../errors";
import { detectAllowedType, safeFileName } from "./detect";
import { newStorageKey, removeStoredFile, writeStoredFile } from "./storage";
import { isImageMime, MAX_UPLOAD_BYTES, UPLOAD_MESSAGES, type AllowedMime } from "./types";

// Beyond about 40 megapixels an upload is more likely a decompression bomb than a photo.
const MAX_PIXELS = 40_000_000;

export type PreparedUpload = {
  fileName: string;
  mimeType: AllowedMime;
  bytes: Buffer;
  sha256: string;
};

const invalid = (message: string, field: string) =>
  new ValidationError(message, { [field]: message });

/** Re-encodes an image in its own format: orientation applied, EXIF/XMP/IPTC dropped. */
async function cleanImage(bytes: Buffer, mime: AllowedMime, field: string): Promise<Buffer> {
  try {
    const img = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error" }).rotate();
    if (mime === "image/jpeg") return await img.jpeg({ quality: 90 }).toBuffer();
    if (mime === "image/png") return await img.png().toBuffer();
    return await img.webp({ quality: 90 }).toBuffer();
  } catch {
    throw invalid(UPLOAD_MESSAGES.badImage, field);
  }
}

/** Checks a File and returns what will be stored; throws a field error in Chinese. */
export async function prepareUpload(file: File, field = "file"): Promise<PreparedUpload> {
  if (file.size === 0) throw invalid(UPLOAD_MESSAGES.empty, field);
  if (file.size > MAX_UPLOAD_BYTES) throw invalid(UPLOAD_MESSAGES.tooLarge, field);
  let bytes: Buffer = Buffer.from(await file.arrayBuffer());
  if (bytes.length > MAX_UPLOAD_BYTES) throw invalid(UPLOAD_MESSAGES.tooLarge, field);
  const mimeType = await detectAllowedType(bytes);
  if (!mimeType) throw invalid(UPLOAD_MESSAGES.wrongType, field);
  if (isImageMime(mimeType)) bytes = await cleanImage(bytes, mimeType, field);
  return {
    fileName: safeFileName(file.name, mimeType),
    mimeType,
    bytes,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

/** Writes the file, then its row; the file is removed again if the transaction does not commit. */
export async function storeAttachment(
  tx: Tx,
  hooks: TxHooks,
  owner: { ownerType: string; ownerId: string },
  upload: PreparedUpload,
  uploadedById: string,
) {
  const storageKey = newStorageKey();
  await writeStoredFile(storageKey, upload.bytes);
  hooks.onRollback(() => removeStoredFile(storageKey));
  return tx.attachment.create({
    data: {
      ...owner,
      fileName: upload.fileName,
      mimeType: upload.mimeType,
      size: upload.bytes.length,
      sha256: upload.sha256,
      storageKey,
      uploadedById,
    },
    select: { id: true, fileName: true, mimeType: true, size: true, sha256: true },
  });
}

/** Deletes an owner's attachment row; its file goes once that has committed. Returns null when it is not that owner's. */
export async function deleteAttachment(
  tx: Tx,
  hooks: TxHooks,
  owner: { ownerType: string; ownerId: string },
  id: string,
): Promise<{ fileName: string } | null> {
  const a = await tx.attachment.findFirst({
    where: { id, ...owner },
    select: { id: true, fileName: true, storageKey: true },
  });
  if (!a) return null;
  await tx.attachment.delete({ where: { id: a.id } });
  hooks.onCommit(() => removeStoredFile(a.storageKey));
  return { fileName: a.fileName };
}

/** Deletes every attachment row of an owner in one statement; the files go once that has committed. Returns how many. */
export async function deleteAttachmentsOf(
  tx: Tx,
  hooks: TxHooks,
  owner: { ownerType: string; ownerId: string },
): Promise<number> {
  const rows = await tx.attachment.findMany({ where: owner, select: { storageKey: true } });
  if (rows.length === 0) return 0;
  await tx.attachment.deleteMany({ where: owner });
  hooks.onCommit(async () => {
    for (const r of rows) await removeStoredFile(r.storageKey);
  });
  return rows.length;
}
