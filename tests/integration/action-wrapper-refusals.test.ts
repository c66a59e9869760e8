// The wrapper refuses what it must without crashing or writing: malformed
// arguments of any shape, and every refused call leaves an audit row that
// says what was refused and why. Commits and rollbacks are in
// action-wrapper-commit.test.ts.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createStudyLog } from "@/lib/study/log/actions";

import { actAnonymously, actAs, lastAudit, makeUser } from "./helpers";

// Issue 11 item 4: a server action's arguments are whatever the client sent
// (`[]`, `[null]`, a string...). Nothing a body holds may crash the wrapper,
// not even a refinement or transform that was written for well-formed input.
describe("malformed input", () => {
  const INVALID = "提交的内容有误，请按提示修改";
  // Like lib/study/log/schemas.ts: a refinement that also runs on input that
  // failed the object check, and reads a field of it.
  const refined = z
    .object({ kind: z.string(), text: z.string() })
    .refine((v: { kind: string; text: string }) => v.kind !== "X" || v.text !== "", {
      path: ["text"],
      message: "须填写",
      when: () => true,
    });
  const writesOnSuccess = action(
    { name: "test.malformed", permission: "notification.read", input: refined },
    async ({ db: tx, user }) => {
      await tx.notification.create({ data: { userId: user.id, title: "不应写入" } });
      return { done: true };
    },
  );
  const throwingTransform = action(
    {
      name: "test.malformedTransform",
      permission: "notification.read",
      input: z
        .object({ a: z.unknown() })
        .transform((v) => (v.a as { b: { c: string } }).b.c.length),
    },
    async () => ({ done: true }),
  );

  it.each([
    ["no argument (body [])", []],
    ["null (body [null])", [null]],
    ["an array", [[1, 2]]],
    ["a string", ["x"]],
    ["a number", [42]],
    ["true", [true]],
    ["two nulls", [null, null]],
  ] as [string, unknown[]][])(
    "refuses %s with the validation message, writing nothing",
    async (_label, args) => {
      const u = await makeUser();
      await actAs(u);
      const before = await db.auditLog.count();
      const res = await writesOnSuccess(...args);
      expect(res).toMatchObject({ ok: false, message: INVALID });
      expect(await db.notification.count({ where: { userId: u.id } })).toBe(0);
      expect(await db.auditLog.count()).toBe(before);
    },
  );

  it("refuses createStudyLog's bodies [] and [null] (its refinement reads v.kind) without a row", async () => {
    const u = await makeUser();
    await actAs(u);
    const before = await db.auditLog.count();
    expect(await createStudyLog()).toEqual({ ok: false, message: INVALID });
    expect(await createStudyLog(null)).toEqual({ ok: false, message: INVALID });
    expect(await db.studyLog.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.auditLog.count()).toBe(before);
  });

  it("refuses input that makes a transform throw", async () => {
    await actAs(await makeUser());
    const before = await db.auditLog.count();
    expect(await throwingTransform({ a: 1 })).toMatchObject({ ok: false, message: INVALID });
    expect(await db.auditLog.count()).toBe(before);
  });

  it("keeps __proto__ and constructor form fields as plain own keys", async () => {
    const fd = new FormData();
    fd.append("__proto__", new Blob(["x"]), "evil.txt");
    fd.append("constructor", "c");
    fd.append("__proto__[]", "a");
    fd.append("title", "t");
    const { formDataToObject } = await import("@/lib/action");
    const out = formDataToObject(fd);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(out.constructor).toBe("c");
    expect(out.title).toBe("t");
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });
});

// Issue 11 item 5: a refused call's audit row says what was refused and why.
describe("audit rows of refused calls", () => {
  const byId = action(
    {
      name: "test.byId",
      permission: "notification.read",
      input: z.object({ id: z.string(), mode: z.string() }),
    },
    async ({ input, audit }) => {
      if (input.mode === "set")
        Object.assign(audit, { objectType: "Thing", objectId: "set-by-handler" });
      if (input.mode === "conflict") throw new ConflictError("已被他人修改");
      if (input.mode === "forbidden") throw new ForbiddenError();
      if (input.mode === "boom") throw new Error("internal detail");
      throw new NotFoundError();
    },
  );
  const adminOnly = action(
    {
      name: "test.adminOnly",
      permission: "admin.user.manage",
      input: z.object({ reportId: z.string() }),
    },
    async () => ({ done: true }),
  );
  const anonymousOne = action(
    {
      name: "test.anonymousOne",
      permission: "notification.read",
      input: z.object({ id: z.string() }),
      anonymous: true,
    },
    async () => {
      throw new NotFoundError();
    },
  );
  const detail = (row: { detail: string | null } | null) => JSON.parse(row?.detail ?? "null");

  it("records the attempted id and the reason when the permission is missing", async () => {
    const u = await makeUser();
    await actAs(u);
    await adminOnly({ reportId: "r".repeat(100), other: 1 });
    const row = await lastAudit();
    expect(row).toMatchObject({
      action: "test.adminOnly",
      result: "DENIED",
      userId: u.id,
      objectId: "r".repeat(64),
    });
    expect(detail(row)).toEqual({ reason: "permission", permission: "admin.user.manage" });
  });

  it("records the attempted id without a session", async () => {
    actAnonymously();
    await byId({ id: "abc", mode: "x" });
    const row = await lastAudit();
    expect(row).toMatchObject({
      action: "test.byId",
      result: "DENIED",
      userId: null,
      objectId: "abc",
    });
    expect(detail(row)).toEqual({ reason: "unauthenticated" });
  });

  it.each([
    ["x", "NOT_FOUND", { reason: "not_found", error: "NotFoundError" }],
    ["conflict", "FAILURE", { reason: "conflict", error: "ConflictError" }],
    ["forbidden", "DENIED", { reason: "forbidden", error: "ForbiddenError" }],
    ["boom", "ERROR", { reason: "internal", error: "internal" }],
  ])(
    "records the attempted id and the reason when the handler throws (%s)",
    async (mode, result, expected) => {
      const u = await makeUser();
      await actAs(u);
      const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
      await byId({ id: "obj-1", mode });
      err.mockRestore();
      const row = await lastAudit();
      expect(row).toMatchObject({ action: "test.byId", result, userId: u.id, objectId: "obj-1" });
      expect(detail(row)).toEqual(expected);
    },
  );

  it("keeps the object the handler named", async () => {
    await actAs(await makeUser());
    await byId({ id: "obj-2", mode: "set" });
    expect(await lastAudit()).toMatchObject({
      result: "NOT_FOUND",
      objectType: "Thing",
      objectId: "set-by-handler",
    });
  });

  it("names no user and no object for an anonymous action", async () => {
    const u = await makeUser();
    await actAs(u);
    await anonymousOne({ id: "secret-letter" });
    const row = await lastAudit();
    expect(row).toMatchObject({
      action: "test.anonymousOne",
      result: "NOT_FOUND",
      userId: null,
      username: null,
      roles: null,
      ip: null,
      objectType: null,
      objectId: null,
    });
    expect(detail(row)).toEqual({ reason: "not_found", error: "NotFoundError" });
  });
});
