// The wrapper's guarantees that no single feature test shows on its own:
// a handler that fails half-way leaves nothing behind, unexpected errors
// reach the user only as a generic message, and files follow the
// transaction. Refused calls are in action-wrapper-refusals.test.ts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { action } from "@/lib/action";
import { deleteAttachment, storeAttachment } from "@/lib/attachments/upload";
import { db } from "@/lib/db";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";

import { actAs, lastAudit, makeUser } from "./helpers";

const twoWrites = action(
  {
    name: "test.twoWrites",
    permission: "notification.read",
    input: z.object({ title: z.string().max(20, "标题过长"), fail: z.boolean() }),
  },
  async ({ db: tx, user, input }) => {
    await tx.notification.create({ data: { userId: user.id, title: input.title } });
    if (input.fail) throw new Error("database exploded: SELECT * FROM secret");
    await tx.notification.create({ data: { userId: user.id, title: `${input.title}-2` } });
    return { done: true };
  },
);

describe("action wrapper", () => {
  it("commits both writes and the audit row together", async () => {
    const u = await makeUser();
    await actAs(u);
    expect(await twoWrites({ title: "一", fail: false })).toEqual({
      ok: true,
      data: { done: true },
    });
    expect(await db.notification.count({ where: { userId: u.id } })).toBe(2);
    expect(await lastAudit()).toMatchObject({ action: "test.twoWrites", result: "SUCCESS" });
  });

  it("rolls back the first write when the handler fails, and shows no internals", async () => {
    const u = await makeUser();
    await actAs(u);
    const res = await twoWrites({ title: "二", fail: true });
    expect(res).toEqual({ ok: false, message: GENERIC_ERROR_MESSAGE });
    expect(JSON.stringify(res)).not.toContain("SELECT");
    expect(await db.notification.count({ where: { userId: u.id } })).toBe(0);
    expect(await lastAudit()).toMatchObject({
      action: "test.twoWrites",
      result: "ERROR",
      userId: u.id,
    });
  });

  it("returns zod messages as field errors without running the handler", async () => {
    const u = await makeUser();
    await actAs(u);
    const res = await twoWrites({ title: "很长".repeat(20), fail: false });
    expect(res).toMatchObject({ ok: false, fieldErrors: { title: "标题过长" } });
    expect(await db.notification.count({ where: { userId: u.id } })).toBe(0);
  });

  it("accepts FormData as useActionState sends it", async () => {
    const u = await makeUser();
    await actAs(u);
    const fd = new FormData();
    fd.set("title", "表单");
    const formAction = action(
      {
        name: "test.form",
        permission: "notification.read",
        input: z.object({ title: z.string() }),
      },
      async ({ input }) => input.title,
    );
    expect(await formAction(null, fd)).toEqual({ ok: true, data: "表单" });
  });
});

describe("files follow the transaction (onCommit / onRollback)", () => {
  const owner = { ownerType: "TestOwner", ownerId: "files-follow-tx" };
  const upload = {
    fileName: "材料.pdf",
    mimeType: "application/pdf" as const,
    bytes: Buffer.from("%PDF-1.4 test"),
    sha256: "0".repeat(64),
  };
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sz-hooks-"));
    process.env.UPLOAD_DIR = dir;
  });
  afterAll(() => {
    delete process.env.UPLOAD_DIR;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // Stores a file (its row written), then fails later in the same transaction.
  const storeThenFail = action(
    {
      name: "test.storeThenFail",
      permission: "notification.read",
      input: z.object({ fail: z.boolean() }),
    },
    async ({ db: tx, user, input, onCommit, onRollback }) => {
      const a = await storeAttachment(tx, { onCommit, onRollback }, owner, upload, user.id);
      if (input.fail) throw new Error("late failure");
      return a;
    },
  );
  const deleteThenFail = action(
    {
      name: "test.deleteThenFail",
      permission: "notification.read",
      input: z.object({ id: z.string(), fail: z.boolean() }),
    },
    async ({ db: tx, input, onCommit, onRollback }) => {
      await deleteAttachment(tx, { onCommit, onRollback }, owner, input.id);
      if (input.fail) throw new Error("late failure");
      return { ok: true };
    },
  );

  it("removes a stored file when the transaction rolls back after it was written, and keeps it on commit", async () => {
    await actAs(await makeUser());
    const failed = await storeThenFail({ fail: true });
    expect(failed.ok).toBe(false);
    expect(await db.attachment.count({ where: owner })).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([]);

    const ok = await storeThenFail({ fail: false });
    expect(ok.ok).toBe(true);
    expect(fs.readdirSync(dir)).toHaveLength(1);
  });

  it("deletes the file only once the row's deletion has committed", async () => {
    const a = await db.attachment.findFirstOrThrow({ where: owner });
    expect(await deleteThenFail({ id: a.id, fail: true })).toMatchObject({ ok: false });
    expect(await db.attachment.count({ where: owner })).toBe(1);
    expect(fs.readdirSync(dir)).toHaveLength(1);
    expect(await deleteThenFail({ id: a.id, fail: false })).toMatchObject({ ok: true });
    expect(await db.attachment.count({ where: owner })).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
