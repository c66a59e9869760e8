// The department list (部门管理) as SYS_ADMIN works with it (issue 15 item 5):
// searched by name or code and sorted through the URL (configured order, name,
// code, active people). A 院 has a few dozen departments at most, so the list
// is read whole and sorted here (the people count is a groupBy); the page and
// the XLSX export read the same function, so the export holds exactly the
// rows, in the order, the screen shows. Names of head, liaison and leader only.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { db } from "../db";
import type { Sort } from "../list-sort";
import type { DepartmentListFilter, DepartmentSort } from "./schemas";

/** The sort in effect: a declared column of the URL, else the configured order. */
export function departmentSortOf(f: DepartmentListFilter): Sort<DepartmentSort> {
  if (!f.sort) return { key: "sortOrder", dir: "asc" };
  return { key: f.sort, dir: f.dir ?? (f.sort === "members" ? "desc" : "asc") };
}

const zh = new Intl.Collator("zh-CN");

const departmentSelect = {
  id: true,
  name: true,
  code: true,
  sortOrder: true,
  head: { select: { realName: true } },
  liaison: { select: { realName: true } },
  leader: { select: { realName: true } },
} satisfies Prisma.DepartmentSelect;
export type DepartmentRow = Prisma.DepartmentGetPayload<{ select: typeof departmentSelect }> & {
  members: number;
};

/** Every department matching the filter, in the filter's order (ties: configured order, name, id). */
export async function listDepartmentRows(f: DepartmentListFilter): Promise<DepartmentRow[]> {
  const [departments, counts] = await Promise.all([
    db.department.findMany({
      where: f.q ? { OR: [{ name: { contains: f.q } }, { code: { contains: f.q } }] } : {},
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
      select: departmentSelect,
    }),
    db.user.groupBy({ by: ["departmentId"], where: { status: "ACTIVE" }, _count: { _all: true } }),
  ]);
  const byDept = new Map(counts.map((c) => [c.departmentId, c._count._all]));
  const rows = departments.map((d) => ({ ...d, members: byDept.get(d.id) ?? 0 }));
  const { key, dir } = departmentSortOf(f);
  const sign = dir === "asc" ? 1 : -1;
  const cmp: Record<DepartmentSort, (a: DepartmentRow, b: DepartmentRow) => number> = {
    sortOrder: (a, b) => a.sortOrder - b.sortOrder,
    name: (a, b) => zh.compare(a.name, b.name),
    code: (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    members: (a, b) => a.members - b.members,
  };
  // Array.prototype.sort is stable: ties keep the database's configured order.
  return rows.sort((a, b) => sign * cmp[key](a, b));
}
