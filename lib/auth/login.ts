// Credential check behind the next-auth Credentials provider: lockout
// (docs/security.md item 3), identical failure for every reason, and audit rows for
// success, failure and lockout. Never logs the password.
//
// The lockout holds under parallel requests and across worker processes:
// every read-modify-write of the counters runs in a transaction that holds
// the user's row (PostgreSQL: SELECT … FOR UPDATE; SQLite: BEGIN IMMEDIATE,
// see patches/), and an attempt takes its place in the window before the
// slow password check (lib/auth/lockout.ts).
import "server-only";

import { writeAudit } from "../audit/log";
import { db, dbProvider, type Tx } from "../db";
import { containsUnstorable } from "../security/unstorable";
import {
  clearedState,
  failReserved,
  isLocked,
  reserveAttempt,
  type LockState,
  type Reservation,
} from "./lockout";
import { dummyPasswordHash, verifyPassword } from "./password";
import { QUEUE } from "./throttle";

export const LOGIN_FAILED_MESSAGE = "用户名或密码错误，或账户暂时不可用";

export type LoginResult = { ok: true; sessionId: string; userId: string } | { ok: false };

const lockSelect = { failedLoginCount: true, firstFailedAt: true, lockedUntil: true } as const;

/** Reads the user's lock state with the row held until the transaction ends. */
async function lockedRow(tx: Tx, userId: string): Promise<LockState> {
  if (dbProvider === "postgresql")
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  return tx.user.findUniqueOrThrow({ where: { id: userId }, select: lockSelect });
}

function reserve(userId: string, now: Date): Promise<Reservation> {
  return db.$transaction(async (tx) => {
    const r = reserveAttempt(await lockedRow(tx, userId), now);
    if (r.allowed) await tx.user.update({ where: { id: userId }, data: r.next });
    return r;
  }, QUEUE);
}

function fail(userId: string, place: number, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const next = failReserved(place, await lockedRow(tx, userId), now);
    if (next.justLocked)
      await tx.user.update({
        where: { id: userId },
        data: {
          failedLoginCount: next.failedLoginCount,
          firstFailedAt: next.firstFailedAt,
          lockedUntil: next.lockedUntil,
        },
      });
    return next.justLocked;
  }, QUEUE);
}

export async function authenticate(
  username: string,
  password: string,
  meta: { ip: string; userAgent: string },
  now: Date = new Date(),
): Promise<LoginResult> {
  // U+0000 cannot reach PostgreSQL (lib/security/unstorable.ts): such a name matches nobody.
  const name = containsUnstorable(username) ? "" : username.trim().slice(0, 64);
  const user = await db.user.findUnique({
    where: { username: name },
    select: {
      id: true,
      username: true,
      status: true,
      passwordHash: true,
      sessionVersion: true,
      roles: { select: { role: true } },
    },
  });

  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    // A password typed into the username field must not land in the log:
    // record the name only when it could be a username at all.
    const loggable = /^[a-z][a-z0-9_.-]{1,31}$/.test(name) ? name : "(无效用户名)";
    await writeAudit({
      username: loggable,
      action: "auth.login",
      result: "FAILURE",
      ip: meta.ip,
      detail: { reason: "unknown_user" },
    });
    return { ok: false };
  }
  const audit = {
    userId: user.id,
    username: user.username,
    roles: user.roles.map((r) => r.role),
    ip: meta.ip,
  };

  const slot = await reserve(user.id, now);
  if (!slot.allowed) {
    // Same work and same answer as a wrong password.
    await verifyPassword(await dummyPasswordHash(), password);
    await writeAudit({
      ...audit,
      action: "auth.login",
      result: "DENIED",
      detail: { reason: "locked" },
    });
    return { ok: false };
  }

  const valid = await verifyPassword(user.passwordHash, password);
  if (!valid) {
    const justLocked = await fail(user.id, slot.place, now);
    await writeAudit({
      ...audit,
      action: "auth.login",
      result: "FAILURE",
      detail: { reason: "bad_password" },
    });
    if (justLocked)
      await writeAudit({
        ...audit,
        action: "auth.lockout",
        result: "DENIED",
        detail: { minutes: 30 },
      });
    return { ok: false };
  }
  if (user.status !== "ACTIVE") {
    await writeAudit({
      ...audit,
      action: "auth.login",
      result: "DENIED",
      detail: { reason: "disabled" },
    });
    return { ok: false };
  }

  const session = await db.$transaction(async (tx) => {
    // A parallel attempt may have locked the account while this one was checked.
    if (isLocked(await lockedRow(tx, user.id), now)) return null;
    await tx.user.update({ where: { id: user.id }, data: { ...clearedState(), lastLoginAt: now } });
    const s = await tx.userSession.create({
      data: {
        userId: user.id,
        sessionVersion: user.sessionVersion,
        createdAt: now,
        lastSeenAt: now,
        ip: meta.ip,
        userAgent: meta.userAgent,
      },
    });
    await writeAudit(
      {
        ...audit,
        action: "auth.login",
        result: "SUCCESS",
        objectType: "UserSession",
        objectId: s.id,
      },
      tx,
    );
    return s;
  }, QUEUE);
  if (!session) {
    await writeAudit({
      ...audit,
      action: "auth.login",
      result: "DENIED",
      detail: { reason: "locked" },
    });
    return { ok: false };
  }
  return { ok: true, sessionId: session.id, userId: user.id };
}
