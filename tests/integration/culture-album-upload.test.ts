// 电子相册 uploads on a real database: the type comes from the bytes (only
// JPEG, PNG and WebP), at most 10 MB, EXIF stripped from the stored image
// and its thumbnail, and no file left behind by a refused or rolled-back
// upload. Shared people and builders: ./fixtures/culture-album.ts.
import { readFile } from "node:fs/promises";
import path from "node:path";

import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";

import { UPLOAD_MESSAGES } from "@/lib/attachments/types";
import { uploadPhoto } from "@/lib/culture/album/actions";
import { PHOTO_MESSAGES, THUMB_WIDTH } from "@/lib/culture/album/photo-files";
import { db } from "@/lib/db";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";

import { makeDocx, makePdf } from "../support/files";
import {
  admin,
  fileOf,
  idOf,
  jpeg,
  NOT_FOUND,
  photoForm,
  s1,
  setupAlbum,
  storedFiles,
  uploadDir,
} from "./fixtures/culture-album";
import { actAs, lastAudit } from "./helpers";

// The integration files share one process (isolate: false): drop the modules
// earlier files loaded, so that the lib code this file imports gets the mock.
vi.hoisted(() => vi.resetModules());

// Lets one test make the success audit row fail, so the transaction rolls back
// after the handler has written its files.
const failAudit = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/audit/log", async (orig) => {
  const real = await orig<typeof import("@/lib/audit/log")>();
  return {
    ...real,
    writeAudit: (entry: Parameters<typeof real.writeAudit>[0], tx?: unknown) => {
      if (failAudit.on && entry.action === "culture.photo.upload" && entry.result === "SUCCESS")
        throw new Error("simulated failure at commit");
      return real.writeAudit(entry, tx as Parameters<typeof real.writeAudit>[1]);
    },
  };
});

setupAlbum();

/** A 1200 × 800 JPEG whose EXIF names a camera, an owner and a place. */
async function jpegWithExif() {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: "#3a7" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "SecretCam", Model: "X100", Copyright: "机密拍摄者" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "31/1 34/1 0/1" },
    })
    .toBuffer();
}

async function nothingWritten<T>(run: () => Promise<T>): Promise<T> {
  const files = await storedFiles();
  const [photos, attachments] = [await db.photo.count(), await db.attachment.count()];
  const out = await run();
  expect(await storedFiles()).toEqual(files);
  expect(await db.photo.count()).toBe(photos);
  expect(await db.attachment.count()).toBe(attachments);
  return out;
}

describe("photo upload", () => {
  it("EXIF is gone from a stored photo and from its thumbnail", async () => {
    const original = await jpegWithExif();
    const before = await sharp(original).metadata();
    expect(before.exif?.includes(Buffer.from("SecretCam"))).toBe(true);

    await actAs(s1);
    const id = idOf(
      await uploadPhoto(null, photoForm(fileOf(original, "合影.jpg"), undefined, "山顶合影")),
    );
    const photo = await db.photo.findUniqueOrThrow({ where: { id } });
    expect(photo).toMatchObject({
      status: "PENDING",
      uploadedById: s1.id,
      caption: "山顶合影",
      width: 1200,
      height: 800,
    });
    const att = await db.attachment.findUniqueOrThrow({ where: { id: photo.attachmentId } });
    expect(att).toMatchObject({ ownerType: "Photo", ownerId: id, mimeType: "image/jpeg" });

    const stored = await readFile(path.join(uploadDir, att.storageKey));
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from("SecretCam"))).toBe(false);
    expect(stored.includes(Buffer.from("Exif\0\0"))).toBe(false);

    const thumb = await readFile(path.join(uploadDir, photo.thumbKey));
    const tmeta = await sharp(thumb).metadata();
    expect(tmeta).toMatchObject({ format: "webp", width: THUMB_WIDTH, height: 267 });
    expect(tmeta.exif).toBeUndefined();
    expect(thumb.includes(Buffer.from("SecretCam"))).toBe(false);

    expect(await lastAudit()).toMatchObject({
      action: "culture.photo.upload",
      result: "SUCCESS",
      objectType: "Photo",
      objectId: id,
    });
  });

  it("accepts PNG and WebP, each stored in its own format", async () => {
    await actAs(s1);
    const base = sharp({ create: { width: 300, height: 200, channels: 3, background: "#c33" } });
    for (const [bytes, name, format] of [
      [await base.clone().png().toBuffer(), "a.png", "png"],
      [await base.clone().webp().toBuffer(), "b.webp", "webp"],
    ] as const) {
      const id = idOf(await uploadPhoto(null, photoForm(fileOf(bytes, name, "image/png"))));
      const p = await db.photo.findUniqueOrThrow({ where: { id } });
      const a = await db.attachment.findUniqueOrThrow({ where: { id: p.attachmentId } });
      expect(
        (await sharp(await readFile(path.join(uploadDir, a.storageKey))).metadata()).format,
      ).toBe(format);
      // A small image is not enlarged for its thumbnail.
      expect((await sharp(await readFile(path.join(uploadDir, p.thumbKey))).metadata()).width).toBe(
        300,
      );
    }
  });

  it("refuses a renamed PDF, text or Word file with a Chinese error, and writes nothing", async () => {
    await actAs(s1);
    for (const [bytes, name] of [
      [makePdf(), "照片.jpg"],
      [Buffer.from("just some text, not a photo\n".repeat(20)), "照片.jpg"],
      [makeDocx(), "照片.png"],
      [
        await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
          .gif()
          .toBuffer(),
        "动图.jpg",
      ],
    ] as const) {
      const r = await nothingWritten(() => uploadPhoto(null, photoForm(fileOf(bytes, name))));
      expect(r).toEqual({
        ok: false,
        message: PHOTO_MESSAGES.notImage,
        fieldErrors: { file: PHOTO_MESSAGES.notImage },
      });
    }
    // An empty file, and bytes that claim to be a JPEG but are broken.
    const empty = await nothingWritten(() =>
      uploadPhoto(null, photoForm(fileOf(new Uint8Array(), "空.jpg"))),
    );
    expect(empty).toMatchObject({ ok: false, message: UPLOAD_MESSAGES.empty });
    const broken = Buffer.concat([(await jpeg(200, 100)).subarray(0, 400)]);
    const bad = await nothingWritten(() => uploadPhoto(null, photoForm(fileOf(broken, "坏.jpg"))));
    expect(bad).toMatchObject({ ok: false, message: UPLOAD_MESSAGES.badImage });
  });

  it("refuses more than 10 MB and writes nothing", async () => {
    await actAs(s1);
    const big = Buffer.concat([await jpeg(100, 100), Buffer.alloc(10 * 1024 * 1024)]);
    const r = await nothingWritten(() => uploadPhoto(null, photoForm(fileOf(big, "大图.jpg"))));
    expect(r).toEqual({
      ok: false,
      message: UPLOAD_MESSAGES.tooLarge,
      fieldErrors: { file: UPLOAD_MESSAGES.tooLarge },
    });
  });

  it("refuses an unknown album and a caller without the permission, writing nothing", async () => {
    await actAs(s1);
    const file = fileOf(await jpeg(100, 100), "x.jpg");
    expect(
      await nothingWritten(() => uploadPhoto(null, photoForm(file, "c-no-such-album"))),
    ).toEqual({
      ok: false,
      message: NOT_FOUND,
    });
    await actAs(admin);
    expect(await nothingWritten(() => uploadPhoto(null, photoForm(file)))).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
  });

  it("a rolled-back upload leaves no file and no row", async () => {
    await actAs(s1);
    failAudit.on = true;
    try {
      const file = fileOf(await jpegWithExif(), "回滚.jpg");
      const r = await nothingWritten(() => uploadPhoto(null, photoForm(file)));
      // The handler got as far as its files: the failure came at the audit row.
      expect(r).toEqual({ ok: false, message: GENERIC_ERROR_MESSAGE });
    } finally {
      failAudit.on = false;
    }
  });
});
