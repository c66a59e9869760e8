// The cycle list (/appraisal) as its viewer works with it (issue 15 item 5):
// one where (the cycles the viewer has a part in — all of them for 政治处 and
// 院领导 — then the state and the title keyword) and one order (?sort=, ending
// on the id), read a page at a time for the page and page by page for its
// XLSX export, which therefore holds exactly the cycles, in the order, that
// the same viewer's page shows.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages } from "../../batches";
import { db } from "../../db";
import type { Sort } from "../../list-sort";
import { headedDepartments, readsAllSheets, type AppraisalViewer } from "../access";
import { peerKey } from "./launch";
import type { CycleListFilter, CycleSort } from "./schemas";

export const CYCLES_PER_PAGE = 20;

export const cycleRowSelect = {
  id: true,
  title: true,
  year: true,
  half: true,
  status: true,
  scoringDueAt: true,
  publicityEndsAt: true,
  launchedAt: true,
  snapshotAt: true,
  createdAt: true,
  _count: { select: { sheets: true } },
} as const;

/** Cycles with a sheet of the viewer's, a task of theirs, or a sheet they head; all for 政治处/院领导. */
export async function cycleVisibleTo(v: AppraisalViewer): Promise<Prisma.AppraisalCycleWhereInput> {
  if (readsAllSheets(v)) return {};
  const launched = await db.appraisalCycle.findMany({
    where: { launchedAt: { not: null } },
    select: { id: true },
  });
  const keys = launched.map((c) => peerKey(c.id, v.id));
  const headed = await headedDepartments(v);
  return {
    sheets: {
      some: {
        OR: [
          { userId: v.id },
          { assignments: { some: { scorerId: v.id } } },
          { assignments: { some: { scorerKey: { in: keys }, scorerId: null } } },
          ...(headed.length > 0 ? [{ departmentId: { in: headed } }] : []),
        ],
      },
    },
  };
}

async function cycleListWhere(
  v: AppraisalViewer,
  f: CycleListFilter,
): Promise<Prisma.AppraisalCycleWhereInput> {
  return {
    AND: [
      await cycleVisibleTo(v),
      f.status ? { status: f.status } : {},
      f.q ? { title: { contains: f.q } } : {},
    ],
  };
}

/** The sort in effect: a declared column (ascending unless ?dir=), or the newest year first. */
export function cycleSortOf(f: CycleListFilter): Sort<CycleSort> {
  return { key: f.sort ?? "year", dir: f.dir ?? (f.sort && f.sort !== "year" ? "asc" : "desc") };
}

function cycleListOrder(f: CycleListFilter): Prisma.AppraisalCycleOrderByWithRelationInput[] {
  const { key, dir } = cycleSortOf(f);
  const nullsLast = { sort: dir, nulls: "last" } as const;
  const first: Record<CycleSort, Prisma.AppraisalCycleOrderByWithRelationInput> = {
    title: { title: dir },
    year: { year: dir },
    status: { status: dir },
    scoringDueAt: { scoringDueAt: nullsLast },
    publicityEndsAt: { publicityEndsAt: nullsLast },
    sheets: { sheets: { _count: dir } },
  };
  return [first[key], { year: "desc" }, { createdAt: "desc" }, { id: "asc" }];
}

export async function listCyclePage(v: AppraisalViewer, f: CycleListFilter) {
  const where = await cycleListWhere(v, f);
  const [total, rows] = await Promise.all([
    db.appraisalCycle.count({ where }),
    db.appraisalCycle.findMany({
      where,
      orderBy: cycleListOrder(f),
      skip: (f.page - 1) * CYCLES_PER_PAGE,
      take: CYCLES_PER_PAGE,
      select: cycleRowSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / CYCLES_PER_PAGE)), rows };
}
export type CycleListRow = Awaited<ReturnType<typeof listCyclePage>>["rows"][number];

/** Every cycle of the viewer's list, filtered and sorted alike, page by page (the export). */
export async function allCycleRows(
  v: AppraisalViewer,
  f: CycleListFilter,
): Promise<AsyncGenerator<CycleListRow[]>> {
  const where = await cycleListWhere(v, f);
  const orderBy = cycleListOrder(f);
  return inPages((skip, take) =>
    db.appraisalCycle.findMany({ where, orderBy, skip, take, select: cycleRowSelect }),
  );
}
