// The only code that reads the session. Each request re-checks the session
// row and the user in the database: revocation, sessionVersion, disabled
// accounts, current roles, idle and absolute timeouts (SECURITY.md 5–6).
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { db } from "../db";
import { writeAudit } from "../audit/log";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";
import { isRole, type Role } from "./roles";
import { sessionExpired, TOUCH_INTERVAL_MS } from "./timeouts";
import { isPasswordExpired } from "./password-policy";
import { requestMeta } from "../request";

export type SessionUser = {
  id: string;
  sessionId: string;
  username: string;
  realName: string;
  departmentId: string | null;
  departmentName: string | null;
  position: string;
  roles: Role[];
  /** Must change the password before anything else (first login, reset, expiry). */
  mustChangePassword: boolean;
};

/** Validates a session id against the database. Exported for tests. */
export async function loadSessionUser(sessionId: string, now: Date = new Date()): Promise<SessionUser | null> {
  const s = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true, createdAt: true, lastSeenAt: true, revokedAt: true, sessionVersion: true,
      user: {
        select: {
          id: true, username: true, realName: true, departmentId: true, position: true, status: true,
          sessionVersion: true, mustChangePassword: true, passwordChangedAt: true,
          department: { select: { name: true } },
          roles: { select: { role: true } },
        },
      },
    },
  });
  if (!s || sessionExpired(s, now) || s.user.status !== "ACTIVE" || s.sessionVersion !== s.user.sessionVersion) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.userSession.update({ where: { id: s.id }, data: { lastSeenAt: now } });
  }
  const u = s.user;
  return {
    id: u.id,
    sessionId: s.id,
    username: u.username,
    realName: u.realName,
    departmentId: u.departmentId,
    departmentName: u.department?.name ?? null,
    position: u.position,
    roles: u.roles.map((r) => r.role).filter(isRole),
    mustChangePassword: u.mustChangePassword || isPasswordExpired(u.passwordChangedAt, now),
  };
}

/** The signed-in user of this request, or null. Memoised per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Per-request by nature: never prerender a page that reads the session.
  await connection();
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  if (!session?.sid) return null;
  return loadSessionUser(session.sid);
});

/** For pages: the user, or a redirect to /login (or to the forced password change). */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect("/change-password");
  return user;
}

/** For pages: the user if they hold the permission (any of several); otherwise an audited 404. */
export async function requirePagePermission(permission: Permission | Permission[], path: string): Promise<SessionUser> {
  const user = await requirePageUser();
  const wanted = Array.isArray(permission) ? permission : [permission];
  if (!wanted.some((p) => can(user.roles, p))) {
    const { ip } = await requestMeta();
    await writeAudit({ userId: user.id, username: user.username, roles: user.roles, action: "page.view", objectType: "Page", objectId: path, result: "DENIED", ip, detail: { permission: wanted.join("|") } });
    notFound();
  }
  return user;
}
