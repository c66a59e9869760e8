// The 部门 and 承办人 choices of the board's filter bar (issue 18): bounded,
// whatever the size of the 院. Only who holds follow-ups in the viewer's scope
// under the other filters (source, status, overdue; not the keyword) is
// offered, the FILTER_OPTION_LIMIT holding the most of them, shown in the
// usual order (by department, then employee number) with their number. Anyone
// else is still reached by the keyword, which matches the assignee's name and
// the department, and by ?assigneeId= / ?departmentId= links, whose choice is
// always shown even when it is not among them.
import "server-only";

import { db } from "../db";
import { readsAllFollowUps, type Viewer } from "./access";
import { followUpListWhere } from "./list";
import type { FollowUpListFilter } from "./schemas";

export const FILTER_OPTION_LIMIT = 30;

export type FilterOption = { value: string; label: string };
export type FilterOptions = { options: FilterOption[]; capped: boolean };

const NONE: FilterOptions = { options: [], capped: false };

/** The ids holding the most follow-ups under `filter` (without its own field), with their count. */
async function topHolders(
  viewer: Viewer,
  filter: FollowUpListFilter,
  now: Date,
  by: "assigneeId" | "departmentId",
) {
  const where = followUpListWhere(viewer, { ...filter, q: undefined, [by]: undefined }, now);
  const take = FILTER_OPTION_LIMIT + 1;
  // Prisma types groupBy per field: one call each, alike.
  const groups =
    by === "assigneeId"
      ? (
          await db.followUp.groupBy({
            by: ["assigneeId"],
            where: { AND: [where, { assigneeId: { not: null } }] },
            _count: { _all: true },
            orderBy: [{ _count: { assigneeId: "desc" } }, { assigneeId: "asc" }],
            take,
          })
        ).map((g) => ({ id: g.assigneeId, n: g._count._all }))
      : (
          await db.followUp.groupBy({
            by: ["departmentId"],
            where: { AND: [where, { departmentId: { not: null } }] },
            _count: { _all: true },
            orderBy: [{ _count: { departmentId: "desc" } }, { departmentId: "asc" }],
            take,
          })
        ).map((g) => ({ id: g.departmentId, n: g._count._all }));
  const counts = new Map<string, number>();
  for (const g of groups.slice(0, FILTER_OPTION_LIMIT)) if (g.id) counts.set(g.id, g.n);
  return { counts, capped: groups.length > FILTER_OPTION_LIMIT };
}

/** "name（detail，n 项）", or without the count for a chosen one outside the choice. */
const labelOf = (name: string, detail: string | null, n: number | undefined) => {
  const parts = [detail, n === undefined ? null : `${n} 项`].filter(Boolean);
  return parts.length ? `${name}（${parts.join("，")}）` : name;
};

/** The 承办人 choice: the people holding the most follow-ups, and the chosen one. */
export async function assigneeFilterOptions(
  viewer: Viewer,
  filter: FollowUpListFilter,
  now: Date = new Date(),
): Promise<FilterOptions> {
  if (!readsAllFollowUps(viewer)) return NONE;
  const { counts, capped } = await topHolders(viewer, filter, now, "assigneeId");
  const ids = [...counts.keys(), ...(filter.assigneeId ? [filter.assigneeId] : [])];
  if (ids.length === 0) return { options: [], capped };
  const people = await db.user.findMany({
    where: { id: { in: ids } },
    orderBy: [{ department: { sortOrder: "asc" } }, { employeeNo: "asc" }, { id: "asc" }],
    select: { id: true, realName: true, department: { select: { name: true } } },
  });
  return {
    options: people.map((p) => ({
      value: p.id,
      label: labelOf(p.realName, p.department?.name ?? "未分配部门", counts.get(p.id)),
    })),
    capped,
  };
}

/** The 部门 choice: the departments holding the most follow-ups, and the chosen one. */
export async function departmentFilterOptions(
  viewer: Viewer,
  filter: FollowUpListFilter,
  now: Date = new Date(),
): Promise<FilterOptions> {
  if (!readsAllFollowUps(viewer)) return NONE;
  const { counts, capped } = await topHolders(viewer, filter, now, "departmentId");
  const ids = [...counts.keys(), ...(filter.departmentId ? [filter.departmentId] : [])];
  if (ids.length === 0) return { options: [], capped };
  const departments = await db.department.findMany({
    where: { id: { in: ids } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  return {
    options: departments.map((d) => ({
      value: d.id,
      label: labelOf(d.name, null, counts.get(d.id)),
    })),
    capped,
  };
}
