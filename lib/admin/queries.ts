// Reads for the administration pages. Accounts and departments only: no
// business content ever reaches SYS_ADMIN (docs/security.md item 11).
import "server-only";

import { isRole } from "../auth/roles";
import { db } from "../db";

export { allUserRows, listUsers, USERS_PER_PAGE, type UserRow } from "./list";

export async function getUserForEdit(id: string) {
  const u = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      realName: true,
      username: true,
      employeeNo: true,
      email: true,
      phone: true,
      departmentId: true,
      position: true,
      birthYear: true,
      gender: true,
      partyMember: true,
      prosecutor: true,
      joinedAt: true,
      status: true,
      lockedUntil: true,
      roles: { select: { role: true } },
    },
  });
  return u
    ? {
        ...u,
        roles: u.roles.map((r) => r.role).filter(isRole),
        locked: u.lockedUntil !== null && u.lockedUntil.getTime() > Date.now(),
      }
    : null;
}

export async function listDepartmentOptions() {
  return db.department.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

export async function getDepartmentForEdit(id: string) {
  const dept = await db.department.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      code: true,
      sortOrder: true,
      headId: true,
      liaisonId: true,
      leaderId: true,
    },
  });
  if (!dept) return null;
  const [members, leaders] = await Promise.all([
    db.user.findMany({
      where: {
        departmentId: id,
        status: "ACTIVE",
        roles: { none: { role: { in: ["SYS_ADMIN", "AUDITOR"] } } },
      },
      orderBy: { employeeNo: "asc" },
      select: { id: true, realName: true, position: true },
    }),
    listLeaderOptions(),
  ]);
  return { dept, members, leaders };
}

export async function listLeaderOptions() {
  return db.user.findMany({
    where: { status: "ACTIVE", roles: { some: { role: "LEADER" } } },
    orderBy: { employeeNo: "asc" },
    select: { id: true, realName: true, position: true },
  });
}
