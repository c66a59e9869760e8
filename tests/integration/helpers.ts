// Factories and a way to act as a user: a real UserSession row is created and
// the mocked next-auth session carries its id, so every request goes through
// the real database checks in lib/auth/session.ts.
import { hashPassword } from "@/lib/auth/password";
import { normalizeRoleSet, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";

import { testRequest } from "./setup";

let counter = 0;
let sharedHash: Promise<string> | null = null;
export const TEST_PASSWORD = "Test-Password-2026!";

export async function makeDepartment(name?: string) {
  counter++;
  return db.department.create({
    data: {
      name: name ?? `测试部门${counter}-${Date.now()}`,
      code: `T${counter}X${Date.now().toString(36).toUpperCase()}`,
    },
  });
}

export async function makeUser(
  opts: {
    roles?: Role[];
    departmentId?: string | null;
    status?: string;
    mustChangePassword?: boolean;
    realName?: string;
  } = {},
) {
  counter++;
  sharedHash ??= hashPassword(TEST_PASSWORD);
  const r = normalizeRoleSet(opts.roles ?? ["STAFF"]);
  if (!r.ok) throw new Error(r.message);
  const tag = `${counter}${Date.now().toString(36)}`;
  return db.user.create({
    data: {
      username: `u${tag}`,
      realName: opts.realName ?? `测试${counter}`,
      employeeNo: `E${tag}`,
      birthYear: 1985,
      departmentId: opts.departmentId ?? null,
      status: opts.status ?? "ACTIVE",
      passwordHash: await sharedHash,
      passwordChangedAt: new Date(),
      mustChangePassword: opts.mustChangePassword ?? false,
      roles: { create: r.roles.map((role) => ({ role })) },
    },
  });
}

/** Signs in as the user for the following calls; returns the session id. */
export async function actAs(user: { id: string }): Promise<string> {
  const u = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { sessionVersion: true },
  });
  const s = await db.userSession.create({
    data: { userId: user.id, sessionVersion: u.sessionVersion },
  });
  testRequest.sid = s.id;
  return s.id;
}

export function actAnonymously() {
  testRequest.sid = null;
}

export async function lastAudit() {
  return db.auditLog.findFirst({ orderBy: { seq: "desc" } });
}
