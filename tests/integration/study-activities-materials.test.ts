// Study activity materials on a real database: checked from their bytes,
// stored in a temporary UPLOAD_DIR with EXIF stripped, downloaded only by
// those who may see the activity (anonymous denials throttled), and deleted
// by the organiser only. Shared people and builders:
// ./fixtures/study-activities.ts.
import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";

import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { UPLOAD_MESSAGES } from "@/lib/attachments/types";
import { ANON_DENIAL_WINDOW } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { deleteActivityMaterial, uploadActivityMaterial } from "@/lib/study/activities/actions";
import { getActivity } from "@/lib/study/activities/queries";
import { ACTIVITY_MESSAGES } from "@/lib/study/activities/schemas";

import { makeDocx, makeJpegWithExif, makePdf } from "../support/files";
import {
  a1,
  admin,
  b1,
  fileOf,
  get,
  headB,
  idOf,
  newActivity,
  NOT_FOUND,
  office,
  organiser,
  session,
  setupStudyActivities,
  storedFiles,
  uploadDir,
  uploadForm,
} from "./fixtures/study-activities";
import { actAnonymously, actAs, lastAudit } from "./helpers";
import { testRequest } from "./setup";

setupStudyActivities();

describe("materials", () => {
  it("stores a PDF outside public/ and lets only those who see the activity download it, audited", async () => {
    const id = await newActivity();
    await actAs(organiser);
    const pdf = makePdf("outline");
    const up = await uploadActivityMaterial(
      null,
      uploadForm(id, fileOf(pdf, "学习提纲（第一讲）.pdf", { type: "application/pdf" })),
    );
    const attId = idOf(up);
    const row = await db.attachment.findUniqueOrThrow({ where: { id: attId } });
    expect(row).toMatchObject({
      ownerType: "StudyActivity",
      ownerId: id,
      fileName: "学习提纲（第一讲）.pdf",
      mimeType: "application/pdf",
      size: pdf.length,
      uploadedById: organiser.id,
      sha256: createHash("sha256").update(pdf).digest("hex"),
    });
    expect(await storedFiles()).toContain(row.storageKey);
    expect(await readFile(path.join(uploadDir, row.storageKey))).toEqual(pdf);

    // An expected attendee downloads it.
    await actAs(a1);
    const ok = await get(attId);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(pdf);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect(ok.headers.get("content-disposition")).toBe(
      `attachment; filename="${"_".repeat(9)}.pdf"; filename*=UTF-8''${encodeURIComponent("学习提纲（第一讲）.pdf")}`,
    );
    expect(await lastAudit()).toMatchObject({
      action: "attachment.download",
      result: "SUCCESS",
      userId: a1.id,
      objectId: attId,
    });

    // Someone who may not see the activity, an administrator, nobody, an unknown id: the same 404.
    for (const u of [b1, headB, admin]) {
      await actAs(u);
      const res = await get(attId);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("%PDF");
      expect(await lastAudit()).toMatchObject({
        action: "attachment.download",
        result: "NOT_FOUND",
        userId: u.id,
        objectId: attId,
      });
    }
    actAnonymously();
    expect((await get(attId)).status).toBe(404);
    expect(await lastAudit()).toMatchObject({
      action: "attachment.download",
      result: "DENIED",
      userId: null,
    });
    await actAs(a1);
    expect((await get("c-no-such-file")).status).toBe(404);

    // Materials appear on the activity page for attendees.
    expect((await getActivity(await session(a1), id))!.materials.map((m) => m.id)).toEqual([attId]);
  });

  it("throttles anonymous denials per address, so a flood writes a bounded number of audit rows", async () => {
    actAnonymously();
    testRequest.ip = "10.88.0.1";
    try {
      const before = await db.auditLog.count({
        where: { action: "attachment.download", ip: "10.88.0.1" },
      });
      const statuses = await Promise.all(
        Array.from({ length: 60 }, (_, i) => get(`c-flood-${i}`).then((r) => r.status)),
      );
      expect(statuses.filter((s) => s === 404)).toHaveLength(ANON_DENIAL_WINDOW.limit);
      expect(statuses.filter((s) => s === 429)).toHaveLength(60 - ANON_DENIAL_WINDOW.limit);
      const rows = await db.auditLog.findMany({
        where: { action: "attachment.download", ip: "10.88.0.1" },
        select: { result: true, objectId: true },
      });
      expect(rows.length - before).toBe(ANON_DENIAL_WINDOW.limit);
      // Each row that is written says what was asked for.
      expect(rows.every((r) => r.result === "DENIED" && r.objectId?.startsWith("c-flood-"))).toBe(
        true,
      );
      // Another address is not affected.
      testRequest.ip = "10.88.0.2";
      expect((await get("c-flood-x")).status).toBe(404);
    } finally {
      testRequest.ip = "10.1.2.3";
    }
  });

  it("rejects a wrong type or more than 10 MB with a Chinese error and leaves no row and no file", async () => {
    const id = await newActivity();
    const files = await storedFiles();
    const rows = await db.attachment.count();
    await actAs(organiser);
    const cases: [File, string][] = [
      [
        fileOf(Buffer.from("<html><script>alert(1)</script></html>"), "讲稿.pdf", {
          type: "application/pdf",
        }),
        UPLOAD_MESSAGES.wrongType,
      ],
      [
        fileOf(
          await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
            .gif()
            .toBuffer(),
          "动图.png",
          { type: "image/png" },
        ),
        UPLOAD_MESSAGES.wrongType,
      ],
      [
        fileOf(Buffer.concat([makePdf(), Buffer.alloc(10 * 1024 * 1024)]), "大文件.pdf", {
          type: "application/pdf",
        }),
        UPLOAD_MESSAGES.tooLarge,
      ],
      [new File([], "空.pdf", { type: "application/pdf" }), UPLOAD_MESSAGES.empty],
    ];
    for (const [file, message] of cases) {
      expect(await uploadActivityMaterial(null, uploadForm(id, file))).toEqual({
        ok: false,
        message,
        fieldErrors: { file: message },
      });
    }
    // Exactly 10 MB passes the size check (and is a real PDF).
    const edge = Buffer.concat([makePdf(), Buffer.alloc(10 * 1024 * 1024 - makePdf().length)]);
    const edgeId = idOf(
      await uploadActivityMaterial(null, uploadForm(id, fileOf(edge, "十兆.pdf"))),
    );
    await db.attachment
      .delete({ where: { id: edgeId } })
      .then(async (a) => rm(path.join(uploadDir, a.storageKey)));

    // A non-organiser cannot upload at all.
    await actAs(a1);
    expect(await uploadActivityMaterial(null, uploadForm(id, fileOf(makePdf(), "x.pdf")))).toEqual({
      ok: false,
      message: ACTIVITY_MESSAGES.notRecorder,
    });
    expect(await storedFiles()).toEqual(files);
    expect(await db.attachment.count()).toBe(rows);
  });

  it("accepts a DOCX and strips EXIF from a JPEG, applying its orientation", async () => {
    const id = await newActivity();
    await actAs(office);
    const docx = await db.attachment.findUniqueOrThrow({
      where: {
        id: idOf(
          await uploadActivityMaterial(null, uploadForm(id, fileOf(makeDocx(), "心得.docx"))),
        ),
      },
    });
    expect(docx).toMatchObject({
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      fileName: "心得.docx",
    });

    const jpeg = await makeJpegWithExif();
    const before = await sharp(jpeg).metadata();
    expect(before).toMatchObject({ width: 40, height: 20, orientation: 6 });
    expect(before.exif?.includes(Buffer.from("SecretCam"))).toBe(true);
    const row = await db.attachment.findUniqueOrThrow({
      where: {
        id: idOf(
          await uploadActivityMaterial(
            null,
            uploadForm(id, fileOf(jpeg, "活动照片.jpg", { type: "image/jpeg" })),
          ),
        ),
      },
    });
    const stored = await readFile(path.join(uploadDir, row.storageKey));
    const after = await sharp(stored).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    // Orientation 6 is a quarter turn: the pixels are now upright, 20 × 40.
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(stored.includes(Buffer.from("SecretCam"))).toBe(false);
    expect(row).toMatchObject({
      mimeType: "image/jpeg",
      size: stored.length,
      sha256: createHash("sha256").update(stored).digest("hex"),
    });
  });

  it("deletes a material (row and file) for the organiser only", async () => {
    const id = await newActivity();
    await actAs(organiser);
    const attId = idOf(
      await uploadActivityMaterial(null, uploadForm(id, fileOf(makePdf(), "删除测试.pdf"))),
    );
    const { storageKey } = await db.attachment.findUniqueOrThrow({ where: { id: attId } });
    await actAs(a1);
    expect(await deleteActivityMaterial({ activityId: id, attachmentId: attId })).toEqual({
      ok: false,
      message: ACTIVITY_MESSAGES.notRecorder,
    });
    const other = await newActivity();
    await actAs(organiser);
    expect(await deleteActivityMaterial({ activityId: other, attachmentId: attId })).toEqual({
      ok: false,
      message: NOT_FOUND,
    });
    expect(await storedFiles()).toContain(storageKey);
    expect(await deleteActivityMaterial({ activityId: id, attachmentId: attId })).toMatchObject({
      ok: true,
    });
    expect(await db.attachment.findUnique({ where: { id: attId } })).toBeNull();
    expect(await storedFiles()).not.toContain(storageKey);
  });
});
