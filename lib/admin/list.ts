// The user list (用户管理) as SYS_ADMIN works with it (issue 15 item 5):
// filtered, searched by name, username or 工号, sorted through the URL, read a
// page at a time for the screen and page by page for the XLSX export, which
// therefore holds exactly the rows — in the order — the screen would. Account
// fields only: never the password hash, TOTP or session data (the select).
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { isRole } from "../auth/roles";
import { inPages } from "../batches";
import { db } from "../db";
import type { UserListFilter, UserSort } from "./schemas";

export const USERS_PER_PAGE = 20;

const userRowSelect = {
  id: true,
  realName: true,
  username: true,
  employeeNo: true,
  position: true,
  status: true,
  lockedUntil: true,
  mustChangePassword: true,
  department: { select: { name: true } },
  roles: { select: { role: true } },
} as const;

function userListWhere(f: UserListFilter): Prisma.UserWhereInput {
  return {
    ...(f.q
      ? {
          OR: [
            { realName: { contains: f.q } },
            { username: { contains: f.q.toLowerCase() } },
            { employeeNo: { contains: f.q } },
          ],
        }
      : {}),
    ...(f.departmentId ? { departmentId: f.departmentId } : {}),
    ...(f.role ? { roles: { some: { role: f.role } } } : {}),
    ...(f.status ? { status: f.status } : {}),
  };
}

/** The list's order (?sort=&dir=): by department and 工号 by default, always ending on the id. */
function userListOrder(f: UserListFilter): Prisma.UserOrderByWithRelationInput[] {
  const dir = f.dir ?? "asc";
  const first: Record<UserSort, Prisma.UserOrderByWithRelationInput[]> = {
    realName: [{ realName: dir }],
    username: [{ username: dir }],
    employeeNo: [{ employeeNo: dir }],
    department: [{ department: { sortOrder: dir } }, { department: { name: dir } }],
    status: [{ status: dir }],
  };
  return [
    ...(f.sort ? first[f.sort] : first.department),
    { department: { sortOrder: "asc" } },
    { employeeNo: "asc" },
    { id: "asc" },
  ];
}

type UserRecord = Prisma.UserGetPayload<{ select: typeof userRowSelect }>;

function toRow(u: UserRecord, now: number) {
  return {
    ...u,
    roles: u.roles.map((r) => r.role).filter(isRole),
    locked: u.lockedUntil !== null && u.lockedUntil.getTime() > now,
    department: u.department?.name ?? null,
  };
}
export type UserRow = ReturnType<typeof toRow>;

export async function listUsers(f: UserListFilter) {
  const where = userListWhere(f);
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: userListOrder(f),
      skip: (f.page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
      select: userRowSelect,
    }),
  ]);
  const now = Date.now();
  return {
    total,
    pages: Math.max(1, Math.ceil(total / USERS_PER_PAGE)),
    rows: rows.map((u) => toRow(u, now)),
  };
}

/** Every row of the list, filtered and sorted alike, page by page (the export). */
export async function* allUserRows(f: UserListFilter): AsyncGenerator<UserRow[]> {
  const where = userListWhere(f);
  const orderBy = userListOrder(f);
  const now = Date.now();
  for await (const rows of inPages((skip, take) =>
    db.user.findMany({ where, orderBy, skip, take, select: userRowSelect }),
  ))
    yield rows.map((u) => toRow(u, now));
}
