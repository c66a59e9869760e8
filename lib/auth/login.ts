// Credential check behind the next-auth Credentials provider: lockout
// (SECURITY.md 3), identical failure for every reason, and audit rows for
// success, failure and lockout. Never logs the password.
import "server-only";
import { db } from "../db";
import { writeAudit } from "../audit/log";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearedState, isLocked, registerFailure } from "./lockout";

export const LOGIN_FAILED_MESSAGE = "用户名或密码错误，或账户暂时不可用";

export type LoginResult = { ok: true; sessionId: string; userId: string } | { ok: false };

export async function authenticate(username: string, password: string, meta: { ip: string; userAgent: string }, now: Date = new Date()): Promise<LoginResult> {
  const name = username.trim().slice(0, 64);
  const user = await db.user.findUnique({
    where: { username: name },
    select: { id: true, username: true, status: true, passwordHash: true, sessionVersion: true, failedLoginCount: true, firstFailedAt: true, lockedUntil: true, roles: { select: { role: true } } },
  });

  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    // A password typed into the username field must not land in the log:
    // record the name only when it could be a username at all.
    const loggable = /^[a-z][a-z0-9_.-]{1,31}$/.test(name) ? name : "(无效用户名)";
    await writeAudit({ username: loggable, action: "auth.login", result: "FAILURE", ip: meta.ip, detail: { reason: "unknown_user" } });
    return { ok: false };
  }
  const audit = { userId: user.id, username: user.username, roles: user.roles.map((r) => r.role), ip: meta.ip };

  if (isLocked(user, now)) {
    await verifyPassword(await dummyPasswordHash(), password);
    await writeAudit({ ...audit, action: "auth.login", result: "DENIED", detail: { reason: "locked" } });
    return { ok: false };
  }

  const valid = await verifyPassword(user.passwordHash, password);
  if (!valid || user.status !== "ACTIVE") {
    if (!valid) {
      const next = registerFailure(user, now);
      await db.user.update({ where: { id: user.id }, data: { failedLoginCount: next.failedLoginCount, firstFailedAt: next.firstFailedAt, lockedUntil: next.lockedUntil } });
      await writeAudit({ ...audit, action: "auth.login", result: "FAILURE", detail: { reason: "bad_password" } });
      if (next.justLocked) await writeAudit({ ...audit, action: "auth.lockout", result: "DENIED", detail: { minutes: 30 } });
    } else {
      await writeAudit({ ...audit, action: "auth.login", result: "DENIED", detail: { reason: "disabled" } });
    }
    return { ok: false };
  }

  const session = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { ...clearedState(), lastLoginAt: now } });
    const s = await tx.userSession.create({
      data: { userId: user.id, sessionVersion: user.sessionVersion, createdAt: now, lastSeenAt: now, ip: meta.ip, userAgent: meta.userAgent },
    });
    await writeAudit({ ...audit, action: "auth.login", result: "SUCCESS", objectType: "UserSession", objectId: s.id }, tx);
    return s;
  });
  return { ok: true, sessionId: session.id, userId: user.id };
}
