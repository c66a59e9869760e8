// 政治处's 改革节点 list (/dashboard/milestones, issue 15 item 5): searched by
// name, filtered by kind and sorted through the URL (from-month, kind, name),
// 20 a page. One where and one order (ending on the id), read a page at a time
// for the screen and page by page for the XLSX export, which therefore holds
// exactly the rows, in the order, the screen would. milestone.manage only:
// every reader checks it and returns null otherwise.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { inPages } from "../batches";
import { db } from "../db";
import type { Sort } from "../list-sort";
import type { MilestoneListFilter, MilestoneSort } from "./schemas";

export const MILESTONES_PER_PAGE = 20;

const milestoneSelect = {
  id: true,
  label: true,
  kind: true,
  fromMonth: true,
  toMonth: true,
  sourceType: true,
  createdAt: true,
  createdBy: { select: { realName: true } },
} satisfies Prisma.MilestoneSelect;
export type MilestoneListRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>;

/** The sort in effect: a declared column of the URL, else the newest months first. */
export function milestoneSortOf(f: MilestoneListFilter): Sort<MilestoneSort> {
  if (!f.sort) return { key: "from", dir: "desc" };
  return { key: f.sort, dir: f.dir ?? (f.sort === "from" ? "desc" : "asc") };
}

function milestoneWhere(f: MilestoneListFilter): Prisma.MilestoneWhereInput {
  return {
    ...(f.q ? { label: { contains: f.q } } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
  };
}

function milestoneOrder(f: MilestoneListFilter): Prisma.MilestoneOrderByWithRelationInput[] {
  const { key, dir } = milestoneSortOf(f);
  const first: Record<MilestoneSort, Prisma.MilestoneOrderByWithRelationInput[]> = {
    from: [{ fromMonth: dir }, { toMonth: dir }],
    kind: [{ kind: dir }],
    label: [{ label: dir }],
  };
  return [...first[key], { fromMonth: "desc" }, { label: "asc" }, { id: "asc" }];
}

/** 政治处: a page of the 改革节点, searched, filtered and sorted. Null for anyone else. */
export async function listMilestonePage(v: Pick<Viewer, "roles">, f: MilestoneListFilter) {
  if (!can(v.roles, "milestone.manage")) return null;
  const where = milestoneWhere(f);
  const [total, rows] = await Promise.all([
    db.milestone.count({ where }),
    db.milestone.findMany({
      where,
      orderBy: milestoneOrder(f),
      skip: (f.page - 1) * MILESTONES_PER_PAGE,
      take: MILESTONES_PER_PAGE,
      select: milestoneSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / MILESTONES_PER_PAGE)), rows };
}

/** 政治处: every row of the list, filtered and sorted alike, page by page (the export). */
export async function* allMilestoneRows(
  f: MilestoneListFilter,
): AsyncGenerator<MilestoneListRow[]> {
  const where = milestoneWhere(f);
  const orderBy = milestoneOrder(f);
  yield* inPages((skip, take) =>
    db.milestone.findMany({ where, orderBy, skip, take, select: milestoneSelect }),
  );
}

/** The milestone being edited (?edit=), wherever its page is. */
export async function getMilestoneForEdit(v: Pick<Viewer, "roles">, id: string | undefined) {
  if (!id || !can(v.roles, "milestone.manage")) return undefined;
  const m = await db.milestone.findUnique({
    where: { id: id.slice(0, 40) },
    select: { id: true, label: true, kind: true, fromMonth: true, toMonth: true },
  });
  return m
    ? { id: m.id, label: m.label, kind: m.kind, from: m.fromMonth, to: m.toMonth }
    : undefined;
}
