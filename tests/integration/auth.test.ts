// Login, lockout, revocation and timeouts against a real database
// (docs/security.md items 2–6).
import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { changePassword } from "@/lib/account/actions";
import { resetUserPassword, setUserStatus, updateUser } from "@/lib/admin/actions";
import { authenticate } from "@/lib/auth/login";
import { IP_ATTEMPT_LIMIT, recordLoginAttempt } from "@/lib/auth/rate-limit";
import { getSessionUser, loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getAuthSecret } from "@/lib/env";

import { actAs, makeDepartment, makeUser, TEST_PASSWORD } from "./helpers";
import { testRequest } from "./setup";

const meta = { ip: "10.9.9.9", userAgent: "vitest" };

describe("login", () => {
  it("signs in with the right password and writes a success audit row", async () => {
    const u = await makeUser();
    const r = await authenticate(u.username, TEST_PASSWORD, meta);
    expect(r.ok).toBe(true);
    const row = await db.auditLog.findFirst({
      where: { action: "auth.login", userId: u.id },
      orderBy: { seq: "desc" },
    });
    expect(row?.result).toBe("SUCCESS");
    expect(row?.ip).toBe("10.9.9.9");
    expect(row?.detail ?? "").not.toContain(TEST_PASSWORD);
  });

  it("gives the same answer for unknown user, wrong password and locked account, and locks after 5 failures", async () => {
    const u = await makeUser();
    expect(await authenticate("no-such-user", "whatever-123", meta)).toEqual({ ok: false });
    for (let i = 0; i < 4; i++)
      expect(await authenticate(u.username, "wrong-password-1", meta)).toEqual({ ok: false });
    let row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.failedLoginCount).toBe(4);
    expect(row.lockedUntil).toBeNull();
    expect(await authenticate(u.username, "wrong-password-1", meta)).toEqual({ ok: false });
    row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
    // Even the right password is refused while locked, with the same answer.
    expect(await authenticate(u.username, TEST_PASSWORD, meta)).toEqual({ ok: false });
    const lockout = await db.auditLog.findFirst({
      where: { action: "auth.lockout", userId: u.id },
    });
    expect(lockout?.result).toBe("DENIED");
    // Thirty minutes later the right password works again.
    expect(
      (await authenticate(u.username, TEST_PASSWORD, meta, new Date(Date.now() + 31 * 60_000))).ok,
    ).toBe(true);
  });

  // Parallel bursts (issue 11): the count is taken under a row lock before the
  // password check, so however many wrong passwords arrive at once, at most
  // five are checked and exactly one of them locks the account.
  for (const burst of [15, 40]) {
    it(`locks exactly once under ${burst} parallel wrong passwords, and then refuses the right one`, async () => {
      const u = await makeUser();
      const results = await Promise.all(
        Array.from({ length: burst }, () => authenticate(u.username, "wrong-password-1", meta)),
      );
      expect(results.every((r) => !r.ok)).toBe(true);
      const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
      expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
      expect(await db.auditLog.count({ where: { action: "auth.lockout", userId: u.id } })).toBe(1);
      // Only five passwords were checked; the rest were refused unchecked.
      const rows = await db.auditLog.findMany({
        where: { action: "auth.login", userId: u.id },
        select: { result: true, detail: true },
      });
      expect(rows.filter((r) => r.result === "FAILURE")).toHaveLength(5);
      expect(rows.filter((r) => r.result === "DENIED")).toHaveLength(burst - 5);
      expect(await authenticate(u.username, TEST_PASSWORD, meta)).toEqual({ ok: false });
    });
  }

  it("does not let the right password in while a parallel burst locks the account", async () => {
    const u = await makeUser();
    const attempts = [...Array.from({ length: 12 }, () => "wrong-password-1"), TEST_PASSWORD];
    await Promise.all(attempts.map((p) => authenticate(u.username, p, meta)));
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    const lockouts = await db.auditLog.count({ where: { action: "auth.lockout", userId: u.id } });
    const sessions = await db.userSession.count({ where: { userId: u.id } });
    // Either the right password came in among the first five (a session, no
    // lock yet from those before it) or the account locked and it was refused.
    expect(lockouts + sessions).toBeGreaterThanOrEqual(1);
    if (sessions === 0) expect(row.lockedUntil).not.toBeNull();
    expect(lockouts).toBeLessThanOrEqual(1);
  });

  it("refuses a disabled account", async () => {
    const u = await makeUser({ status: "DISABLED" });
    expect(await authenticate(u.username, TEST_PASSWORD, meta)).toEqual({ ok: false });
  });

  it("throttles one address after 25 attempts in 5 minutes, counted in the database", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 200)}`;
    const now = new Date();
    for (let i = 0; i < IP_ATTEMPT_LIMIT; i++)
      expect((await recordLoginAttempt(ip, now)).limited).toBe(false);
    expect((await recordLoginAttempt(ip, now)).limited).toBe(true);
    // A parallel burst from a fresh address gets exactly the limit through.
    const burstIp = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const burst = await Promise.all(
      Array.from({ length: 60 }, () => recordLoginAttempt(burstIp, now)),
    );
    expect(burst.filter((r) => !r.limited)).toHaveLength(IP_ATTEMPT_LIMIT);
    expect((await recordLoginAttempt("192.0.2.250", now)).limited).toBe(false);
    expect(
      (await recordLoginAttempt(ip, new Date(now.getTime() + 5 * 60_000 + 1000))).limited,
    ).toBe(false);
  });

  it("never prunes the mailbox track throttle's rows with the login rows", async () => {
    const { db: client } = await import("@/lib/db");
    const old = new Date(Date.now() - 30 * 60_000);
    await client.loginAttempt.create({ data: { ip: "track:192.0.2.9", at: old } });
    const spy = Math.random;
    Math.random = () => 0; // force the opportunistic prune
    try {
      await recordLoginAttempt("192.0.2.10");
    } finally {
      Math.random = spy;
    }
    expect(await client.loginAttempt.count({ where: { ip: "track:192.0.2.9" } })).toBe(1);
    // Leave the shared test database as we found it (the mailbox tests count track rows).
    await client.loginAttempt.deleteMany({ where: { ip: "track:192.0.2.9" } });
  });
});

describe("the session cookie", () => {
  afterEach(() => {
    testRequest.rawCookie = null;
  });

  it("accepts only an intact, unexpired next-auth token naming a live session", async () => {
    const u = await makeUser();
    const sid = await actAs(u);
    expect((await getSessionUser())?.id).toBe(u.id);
    const good = await encode({ token: { sid }, secret: getAuthSecret() });
    for (const bad of [
      "not-a-token",
      good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA"),
      await encode({ token: { sid }, secret: getAuthSecret(), maxAge: -60 }),
      await encode({ token: { sid }, secret: "another-secret-of-at-least-thirty-two-chars" }),
      await encode({ token: { sid: "no-such-session" }, secret: getAuthSecret() }),
      await encode({ token: {}, secret: getAuthSecret() }),
    ]) {
      testRequest.rawCookie = bad;
      expect(await getSessionUser()).toBeNull();
    }
    testRequest.rawCookie = good;
    expect((await getSessionUser())?.id).toBe(u.id);
  });
});

describe("session re-check on every request (revocation)", () => {
  let admin: { id: string };
  beforeEach(async () => {
    admin = await makeUser({ roles: ["SYS_ADMIN"] });
  });

  it("rejects the session of a user who is disabled", async () => {
    const u = await makeUser();
    const sid = await actAs(u);
    expect(await loadSessionUser(sid)).not.toBeNull();
    await actAs(admin);
    expect((await setUserStatus({ id: u.id, status: "DISABLED" })).ok).toBe(true);
    expect(await loadSessionUser(sid)).toBeNull();
  });

  it("rejects the session after a role change and reflects the new roles on a new login", async () => {
    const dept = await makeDepartment();
    const u = await makeUser({ departmentId: dept.id });
    const sid = await actAs(u);
    await actAs(admin);
    const res = await updateUser({
      id: u.id,
      realName: u.realName,
      username: u.username,
      employeeNo: u.employeeNo,
      birthYear: 1985,
      departmentId: dept.id,
      roles: ["STAFF", "POLITICAL_OFFICE"],
    });
    expect(res.ok).toBe(true);
    expect(await loadSessionUser(sid)).toBeNull();
    const fresh = await actAs(u);
    expect((await loadSessionUser(fresh))?.roles).toEqual(["POLITICAL_OFFICE", "STAFF"]);
  });

  it("rejects the session after an admin reset and forces a password change", async () => {
    const u = await makeUser();
    const sid = await actAs(u);
    await actAs(admin);
    const res = await resetUserPassword({ id: u.id });
    expect(res.ok).toBe(true);
    expect(await loadSessionUser(sid)).toBeNull();
    const fresh = await actAs(u);
    expect((await loadSessionUser(fresh))?.mustChangePassword).toBe(true);
  });

  it("ends every session when the user changes their password", async () => {
    const u = await makeUser();
    const other = await actAs(u);
    const sid = await actAs(u);
    const res = await changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: "Fresh-Harbor-2027",
      confirmPassword: "Fresh-Harbor-2027",
    });
    expect(res).toEqual({ ok: true, data: { changed: true } });
    expect(await loadSessionUser(sid)).toBeNull();
    expect(await loadSessionUser(other)).toBeNull();
    expect((await authenticate(u.username, "Fresh-Harbor-2027", meta)).ok).toBe(true);
  });

  it("enforces idle (30 min) and absolute (8 h) timeouts on the server", async () => {
    const u = await makeUser();
    const sid = await actAs(u);
    const now = Date.now();
    expect(await loadSessionUser(sid, new Date(now + 29 * 60_000))).not.toBeNull(); // touches lastSeenAt
    expect(await loadSessionUser(sid, new Date(now + 58 * 60_000))).not.toBeNull();
    expect(await loadSessionUser(sid, new Date(now + 89 * 60_000))).toBeNull();
    await db.userSession.update({
      where: { id: sid },
      data: { lastSeenAt: new Date(now + 8 * 3600_000 - 60_000) },
    });
    expect(await loadSessionUser(sid, new Date(now + 8 * 3600_000 + 1000))).toBeNull();
  });
});

describe("password expiry (docs/security.md item 2)", () => {
  it("forces a change once the password is older than 90 days", async () => {
    const u = await makeUser();
    const sid = await actAs(u);
    expect((await loadSessionUser(sid))?.mustChangePassword).toBe(false);
    await db.user.update({
      where: { id: u.id },
      data: { passwordChangedAt: new Date(Date.now() - 91 * 24 * 3600_000) },
    });
    expect((await loadSessionUser(sid))?.mustChangePassword).toBe(true);
  });
});

describe("password change", () => {
  it("refuses a weak new password with a field error and changes nothing", async () => {
    const u = await makeUser();
    await actAs(u);
    const before = await db.user.findUniqueOrThrow({
      where: { id: u.id },
      select: { passwordHash: true },
    });
    const res = await changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: "short1!",
      confirmPassword: "short1!",
    });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.fieldErrors?.newPassword).toContain("至少 12 个字符");
    const after = await db.user.findUniqueOrThrow({
      where: { id: u.id },
      select: { passwordHash: true },
    });
    expect(after.passwordHash).toBe(before.passwordHash);
  });

  it("refuses a wrong current password", async () => {
    const u = await makeUser();
    await actAs(u);
    const res = await changePassword({
      currentPassword: "not-my-password",
      newPassword: "Fresh-Harbor-2027",
      confirmPassword: "Fresh-Harbor-2027",
    });
    expect(res).toMatchObject({ ok: false, fieldErrors: { currentPassword: "当前密码不正确" } });
  });

  it("lets a user who must change their password do only that", async () => {
    const u = await makeUser({ mustChangePassword: true });
    await actAs(u);
    const { markAllNotificationsRead } = await import("@/lib/notifications/actions");
    expect(await markAllNotificationsRead({})).toMatchObject({
      ok: false,
      message: "请先修改密码",
    });
    expect(
      (
        await changePassword({
          currentPassword: TEST_PASSWORD,
          newPassword: "Fresh-Harbor-2027",
          confirmPassword: "Fresh-Harbor-2027",
        })
      ).ok,
    ).toBe(true);
  });
});
