// The only code that reads the session. Each request re-checks the session
// row and the user in the database: revocation, sessionVersion, disabled
// accounts, current roles, idle and absolute timeouts (docs/security.md items 5–6).
import "server-only";

import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";

import { writeAudit } from "../audit/log";
import { db } from "../db";
import { getAuthSecret } from "../env";
import { requestMeta } from "../request";
import { isPasswordExpired } from "./password-policy";
import { can, type Permission } from "./permissions";
import { isRole, type Role } from "./roles";
import { sessionExpired, TOUCH_INTERVAL_MS } from "./timeouts";

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

/**
 * Who is asking, as every query and access rule takes it: the one viewer
 * type of the portal. A SessionUser is one; tests build the four fields.
 */
export type Viewer = {
  id: string;
  username: string;
  roles: readonly Role[];
  departmentId: string | null;
};

type SessionRow = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  sessionVersion: number;
  userId: string;
  username: string;
  realName: string;
  departmentId: string | null;
  position: string;
  status: string;
  userSessionVersion: number;
  mustChangePassword: boolean;
  passwordChangedAt: Date | null;
  departmentName: string | null;
};

/**
 * Validates a session id against the database. Exported for tests. Runs on
 * every request, so it is two plain reads (the session with its user and
 * department, then the roles) rather than a nested query that costs twice
 * as much (README, benchmarks).
 */
export async function loadSessionUser(
  sessionId: string,
  now: Date = new Date(),
): Promise<SessionUser | null> {
  const [s] = await db.$queryRaw<SessionRow[]>`
    SELECT s."id", s."createdAt", s."lastSeenAt", s."revokedAt", s."sessionVersion",
           u."id" AS "userId", u."username", u."realName", u."departmentId", u."position", u."status",
           u."sessionVersion" AS "userSessionVersion", u."mustChangePassword", u."passwordChangedAt", d."name" AS "departmentName"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId" LEFT JOIN "Department" d ON d."id" = u."departmentId"
    WHERE s."id" = ${sessionId}`;
  if (
    !s ||
    sessionExpired(s, now) ||
    s.status !== "ACTIVE" ||
    s.sessionVersion !== s.userSessionVersion
  )
    return null;
  const roles = await db.roleAssignment.findMany({
    where: { userId: s.userId },
    select: { role: true },
  });
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.userSession.update({ where: { id: s.id }, data: { lastSeenAt: now } });
  }
  return {
    id: s.userId,
    sessionId: s.id,
    username: s.username,
    realName: s.realName,
    departmentId: s.departmentId,
    departmentName: s.departmentName,
    position: s.position,
    roles: roles.map((r) => r.role).filter(isRole),
    mustChangePassword: s.mustChangePassword || isPasswordExpired(s.passwordChangedAt, now),
  };
}

/** The session cookie next-auth sets: the __Secure- name when the site is served over https. */
function sessionCookieName(): string {
  return `${process.env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
}

/** The signed-in user of this request, or null. Memoised per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Per-request by nature: never prerender a page that reads the session.
  await connection();
  // The cookie is next-auth's encrypted JWT (lib/auth/options.ts); decoding
  // it checks the encryption and the expiry. It carries only the session id.
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const jwt = await decode({ token, secret: getAuthSecret() }).catch(() => null);
  if (typeof jwt?.sid !== "string") return null;
  return loadSessionUser(jwt.sid);
});

/** For pages: the user, or a redirect to /login (or to the forced password change). */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect("/change-password");
  return user;
}

/** For pages: the user if they hold the permission (any of several); otherwise an audited 404. */
export async function requirePagePermission(
  permission: Permission | Permission[],
  path: string,
): Promise<SessionUser> {
  const user = await requirePageUser();
  const wanted = Array.isArray(permission) ? permission : [permission];
  if (!wanted.some((p) => can(user.roles, p))) {
    const { ip } = await requestMeta();
    await writeAudit({
      userId: user.id,
      username: user.username,
      roles: user.roles,
      action: "page.view",
      objectType: "Page",
      objectId: path,
      result: "DENIED",
      ip,
      detail: { permission: wanted.join("|") },
    });
    notFound();
  }
  return user;
}
