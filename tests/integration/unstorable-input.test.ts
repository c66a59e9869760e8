// U+0000 or a lone surrogate in a request never reaches the database
// (lib/security/unstorable.ts).
// PostgreSQL cannot store it: before the fix, deleteConductDraft({ id: "a\0b" })
// crashed with "invalid byte sequence for encoding UTF8: 0x00", and so did the
// audit row of that crash (the action fuzz found it on CI). Run on both
// databases; on SQLite the refusal is the same.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { action, UNSTORABLE_INPUT_MESSAGE } from "@/lib/action";
import { authenticate } from "@/lib/auth/login";
import { deleteConductDraft } from "@/lib/conduct/actions";
import { db } from "@/lib/db";

import { actAs, makeDepartment, makeUser, TEST_PASSWORD } from "./helpers";

const errors = vi.spyOn(console, "error");
afterEach(() => errors.mockClear());

const notify = action(
  {
    name: "test.nul",
    permission: "notification.read",
    input: z.object({ title: z.string().max(200), extra: z.unknown().optional() }),
  },
  async ({ db: tx, user, input }) => {
    await tx.notification.create({ data: { userId: user.id, title: input.title } });
    return { done: true };
  },
);

describe("U+0000 in server action input", () => {
  it("refuses it in a field, a nested value, a key, a form field and a file name, writing nothing", async () => {
    const u = await makeUser();
    await actAs(u);
    const before = await db.auditLog.count();
    const fd = new FormData();
    fd.append("title", "正常标题");
    fd.append("extra", new Blob(["x"]), "evil\u0000.txt");
    for (const input of [
      { title: "会议\u0000纪要" },
      { title: "t", extra: { deep: ["a", "b\u0000"] } },
      { title: "t", extra: { ["k\u0000"]: 1 } },
      { title: "t", extra: new Map([["m", "\u0000"]]) },
      fd,
      // A lone surrogate: Prisma's engine failed on it on both databases.
      { title: "会议\uD83D纪要" },
      { title: "t", extra: { deep: ["\uDE00"] } },
    ])
      expect(await notify(input)).toEqual({ ok: false, message: UNSTORABLE_INPUT_MESSAGE });
    expect(await db.notification.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.auditLog.count()).toBe(before);
    expect(errors).not.toHaveBeenCalled();
    // The same action still takes a clean title, with a whole surrogate pair.
    expect(await notify({ title: "会议纪要😀" })).toEqual({ ok: true, data: { done: true } });
  });

  it("refuses a NUL or lone-surrogate id in a real action without a crash, on PostgreSQL too", async () => {
    const po = await makeUser({
      roles: ["POLITICAL_OFFICE"],
      departmentId: (await makeDepartment()).id,
    });
    await actAs(po);
    for (const id of ["ab\u0000c", "ab\uD800c"])
      expect(await deleteConductDraft({ id })).toEqual({
        ok: false,
        message: UNSTORABLE_INPUT_MESSAGE,
      });
    expect(errors).not.toHaveBeenCalled();
  });

  it("audits a refused caller's NUL id without the NUL", async () => {
    const staff = await makeUser();
    await actAs(staff);
    const res = await deleteConductDraft({ id: "ab\u0000c" });
    expect(res.ok).toBe(false);
    const row = await db.auditLog.findFirst({
      where: { action: "conduct.delete", userId: staff.id },
      orderBy: { seq: "desc" },
    });
    expect(row).toMatchObject({ result: "DENIED", objectId: "abc" });
    expect(errors).not.toHaveBeenCalled();
  });
});

describe("U+0000 in a login name", () => {
  it("matches nobody, even when the rest of the name and the password are right", async () => {
    const u = await makeUser();
    const meta = { ip: "10.9.9.8", userAgent: "vitest" };
    const name = `${u.username.slice(0, 2)}\u0000${u.username.slice(2)}`;
    expect(await authenticate(name, TEST_PASSWORD, meta)).toEqual({ ok: false });
    expect(await authenticate(`${u.username}\u0000`, TEST_PASSWORD, meta)).toEqual({ ok: false });
    const row = await db.auditLog.findFirst({
      where: { action: "auth.login" },
      orderBy: { seq: "desc" },
    });
    expect(row).toMatchObject({ result: "FAILURE", username: "(无效用户名)" });
    expect(errors).not.toHaveBeenCalled();
  });
});
