// 人员 for the business roles (the account list, /admin/users, stays the
// administrator's). The portal has no list of colleagues a business role may
// open, so this is the one reader the search keeps itself, scoped in its
// where by the permission table: people.readAll (政治处, 院领导) finds every
// active colleague; people.readDepartment (head, liaison) the people of the
// departments whose post the viewer holds, the same departments /department
// opens to them. A hit holds a name, a department and a position, never an
// account, contact or personnel detail, and links to the person's department
// dashboard when the viewer may open it (or nowhere).
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { listViewableDepartments } from "../department/queries";
import { activeBusinessUser } from "../people/active";

const personSelect = {
  id: true,
  realName: true,
  position: true,
  departmentId: true,
  department: { select: { name: true } },
} as const satisfies Prisma.UserSelect;

export type ColleagueRow = {
  id: string;
  realName: string;
  position: string;
  department: string | null;
  /** The department dashboard, when the viewer may open it; null otherwise. */
  href: string | null;
};

/** Colleagues named like `q` whom the viewer may see; null when they may see no one. */
export async function findColleagues(user: SessionUser, q: string, take: number) {
  const all = can(user.roles, "people.readAll");
  if (!all && !can(user.roles, "people.readDepartment")) return null;
  const viewable = await listViewableDepartments(user);
  const opens = new Set(viewable.map((d) => d.id));
  const where: Prisma.UserWhereInput = {
    AND: [
      activeBusinessUser,
      { realName: { contains: q } },
      all ? {} : { departmentId: { in: [...opens] } },
    ],
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ department: { sortOrder: "asc" } }, { realName: "asc" }, { id: "asc" }],
      take,
      select: personSelect,
    }),
  ]);
  return {
    total,
    rows: rows.map((u): ColleagueRow => ({
      id: u.id,
      realName: u.realName,
      position: u.position,
      department: u.department?.name ?? null,
      href: u.departmentId && opens.has(u.departmentId) ? `/department/${u.departmentId}` : null,
    })),
  };
}
