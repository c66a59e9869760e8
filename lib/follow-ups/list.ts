// The follow-up list (督办事项 / 我的督办) as its viewer sees it (issue 15
// item 5): scoped by followUpReadScope, filtered, searched, sorted through the
// URL, read a page at a time for the screen and page by page for the XLSX
// export, which therefore holds exactly the rows — in the order — the screen
// would. A staff-of-concern follow-up's title names the person: where the
// viewer may not read it (a 院领导 reading facts only), the row shows the
// masked title, the keyword never matches that title and 督办事项 does not
// sort (the order would reveal it), so neither page nor file leaks it.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages } from "../batches";
import { db } from "../db";
import type { Sort } from "../list-sort";
import {
  canManageFollowUps,
  followUpReadScope,
  readsAllFollowUps,
  readsFollowUpDetail,
  type Viewer,
} from "./access";
import { SOURCE_LABELS } from "./labels";
import { isOverdue, overdueWhere } from "./overdue";
import type { FollowUpListFilter, FollowUpSort } from "./schemas";
import { ACTIVE_STATUSES } from "./state";

export const FOLLOW_UPS_PER_PAGE = 20;

/** A staff-of-concern follow-up's title names the person: only 政治处 and the assignee read it. */
export const CONCERN_TITLE_MASKED = "关注人员跟进（人员信息保密）";
export function titleFor(
  viewer: Viewer,
  f: { title: string; sourceType: string; assigneeId: string | null },
) {
  return f.sourceType === "CONCERN" && !readsFollowUpDetail(viewer, f)
    ? CONCERN_TITLE_MASKED
    : f.title;
}

/** Whether every title in the viewer's list is one they read (政治处, or their own list). */
function readsEveryTitle(viewer: Viewer): boolean {
  return canManageFollowUps(viewer) || !readsAllFollowUps(viewer);
}

/** The sort in effect: only declared columns the viewer may sort by; else 立项 newest first. */
export function followUpSortOf(viewer: Viewer, f: FollowUpListFilter): Sort<FollowUpSort> {
  const allowed =
    f.sort &&
    (f.sort !== "title" || readsEveryTitle(viewer)) &&
    (f.sort !== "assignee" || readsAllFollowUps(viewer));
  const key = allowed && f.sort ? f.sort : "createdAt";
  const dir = (allowed && f.dir) || (key === "createdAt" ? "desc" : "asc");
  return { key, dir };
}

function keywordWhere(viewer: Viewer, q: string): Prisma.FollowUpWhereInput {
  const sources = Object.entries(SOURCE_LABELS)
    .filter(([, label]) => label.includes(q))
    .map(([code]) => code);
  const title: Prisma.FollowUpWhereInput = readsEveryTitle(viewer)
    ? { title: { contains: q } }
    : {
        title: { contains: q },
        OR: [{ sourceType: { not: "CONCERN" } }, { assigneeId: viewer.id }],
      };
  return {
    OR: [
      title,
      { assignee: { realName: { contains: q } } },
      { department: { name: { contains: q } } },
      ...(sources.length ? [{ sourceType: { in: sources } }] : []),
    ],
  };
}

/** The list's where: the viewer's scope, then the filters and the keyword. */
export function followUpListWhere(
  viewer: Viewer,
  f: FollowUpListFilter,
  now: Date,
): Prisma.FollowUpWhereInput {
  const all = readsAllFollowUps(viewer);
  const and: Prisma.FollowUpWhereInput[] = [followUpReadScope(viewer)];
  if (f.source) and.push({ sourceType: f.source });
  if (f.departmentId) and.push({ departmentId: f.departmentId });
  // Only a reader of every follow-up filters by assignee; anyone else's scope is already themselves.
  if (f.assigneeId && all) and.push({ assigneeId: f.assigneeId });
  if (f.status)
    and.push({ status: f.status === "ACTIVE" ? { in: [...ACTIVE_STATUSES] } : f.status });
  if (f.overdue) and.push(overdueWhere(now));
  if (f.q) and.push(keywordWhere(viewer, f.q));
  return { AND: and };
}

/** The list's order, 立项 newest first by default, always ending on the id. */
function followUpListOrder(
  viewer: Viewer,
  f: FollowUpListFilter,
): Prisma.FollowUpOrderByWithRelationInput[] {
  const { key, dir } = followUpSortOf(viewer, f);
  const first: Record<FollowUpSort, Prisma.FollowUpOrderByWithRelationInput> = {
    title: { title: dir },
    source: { sourceType: dir },
    department: { department: { name: dir } },
    assignee: { assignee: { realName: dir } },
    dueDate: { dueDate: { sort: dir, nulls: "last" } },
    status: { status: dir },
    createdAt: { createdAt: dir },
  };
  return [first[key], { createdAt: "desc" }, { id: "desc" }];
}

const rowSelect = {
  id: true,
  title: true,
  sourceType: true,
  status: true,
  priority: true,
  dueDate: true,
  createdAt: true,
  updatedAt: true,
  assigneeId: true,
  department: { select: { name: true } },
  assignee: { select: { realName: true } },
} as const;

function readRows(viewer: Viewer, where: Prisma.FollowUpWhereInput, now: Date) {
  return async (orderBy: Prisma.FollowUpOrderByWithRelationInput[], skip: number, take: number) => {
    const rows = await db.followUp.findMany({ where, orderBy, skip, take, select: rowSelect });
    return rows.map((r) => ({
      ...r,
      title: titleFor(viewer, r),
      department: r.department?.name ?? null,
      assignee: r.assignee?.realName ?? null,
      overdue: isOverdue(r, now),
    }));
  };
}
export type FollowUpRow = Awaited<ReturnType<ReturnType<typeof readRows>>>[number];

export async function listFollowUps(
  viewer: Viewer,
  filter: FollowUpListFilter,
  now: Date = new Date(),
) {
  const where = followUpListWhere(viewer, filter, now);
  const [total, rows] = await Promise.all([
    db.followUp.count({ where }),
    readRows(viewer, where, now)(
      followUpListOrder(viewer, filter),
      (filter.page - 1) * FOLLOW_UPS_PER_PAGE,
      FOLLOW_UPS_PER_PAGE,
    ),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / FOLLOW_UPS_PER_PAGE)), rows };
}

/** Every row of the list as the viewer sees it, filtered and sorted alike, page by page (the export). */
export function allFollowUpRows(
  viewer: Viewer,
  filter: FollowUpListFilter,
  now: Date = new Date(),
): AsyncGenerator<FollowUpRow[]> {
  const read = readRows(viewer, followUpListWhere(viewer, filter, now), now);
  const orderBy = followUpListOrder(viewer, filter);
  return inPages((skip, take) => read(orderBy, skip, take));
}
