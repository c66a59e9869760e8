// The 异议 list of a cycle as 政治处 works with it (issue 15 item 5): one
// where (the cycle, objectionVisibleTo, the state, the keyword on the
// person's name and department) and one order (ending on the id), read a
// page at a time for the 异议处理 page and page by page for its XLSX export,
// which therefore holds exactly the objections, in the order, that the same
// viewer's page shows.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages } from "../../batches";
import { db } from "../../db";
import type { Sort } from "../../list-sort";
import { objectionVisibleTo, type AppraisalViewer } from "../access";
import type { ObjectionListFilter, ObjectionSort } from "./schemas";

export const OBJECTIONS_PER_PAGE = 20;

const objectionSelect = {
  id: true,
  body: true,
  filedAt: true,
  status: true,
  answer: true,
  answeredAt: true,
  sheet: {
    select: {
      id: true,
      subjectName: true,
      departmentName: true,
      finalTotalCenti: true,
      finalGrade: true,
      // The answer's change, if it adjusted the result.
      adjustments: {
        where: { kind: "OBJECTION" },
        select: { beforeCenti: true, afterCenti: true, beforeGrade: true, afterGrade: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
    },
  },
} as const;

function objectionListWhere(
  v: AppraisalViewer,
  cycleId: string,
  f: ObjectionListFilter,
): Prisma.AppraisalObjectionWhereInput {
  return {
    AND: [
      { sheet: { cycleId } },
      objectionVisibleTo(v),
      f.status ? { status: f.status } : {},
      f.q
        ? {
            OR: [
              { sheet: { subjectName: { contains: f.q } } },
              { sheet: { departmentName: { contains: f.q } } },
            ],
          }
        : {},
    ],
  };
}

/** The sort in effect: a declared column, or the open ones first (answeredAt ascending). */
export function objectionSortOf(f: ObjectionListFilter): Sort<ObjectionSort> {
  return { key: f.sort ?? "answeredAt", dir: f.dir ?? "asc" };
}

function objectionListOrder(
  f: ObjectionListFilter,
): Prisma.AppraisalObjectionOrderByWithRelationInput[] {
  const { key, dir } = objectionSortOf(f);
  const first: Record<ObjectionSort, Prisma.AppraisalObjectionOrderByWithRelationInput> = {
    filedAt: { filedAt: dir },
    // An open objection has no answer yet: first when ascending, last when descending.
    answeredAt: { answeredAt: { sort: dir, nulls: dir === "asc" ? "first" : "last" } },
    subjectName: { sheet: { subjectName: dir } },
    departmentName: { sheet: { departmentName: dir } },
  };
  return [first[key], { filedAt: "asc" }, { id: "asc" }];
}

/** A page of the cycle's objections as the viewer may read them, filtered and sorted. */
export async function listObjections(v: AppraisalViewer, cycleId: string, f: ObjectionListFilter) {
  const where = objectionListWhere(v, cycleId, f);
  const total = await db.appraisalObjection.count({ where });
  const pages = Math.max(1, Math.ceil(total / OBJECTIONS_PER_PAGE));
  const rows = await db.appraisalObjection.findMany({
    where,
    orderBy: objectionListOrder(f),
    skip: (Math.min(f.page, pages) - 1) * OBJECTIONS_PER_PAGE,
    take: OBJECTIONS_PER_PAGE,
    select: objectionSelect,
  });
  return { total, pages, rows };
}
export type ObjectionRow = Awaited<ReturnType<typeof listObjections>>["rows"][number];

/** Every objection of the list as the viewer may read it, filtered and sorted alike, page by page (the export). */
export function allObjectionRows(
  v: AppraisalViewer,
  cycleId: string,
  f: ObjectionListFilter,
): AsyncGenerator<ObjectionRow[]> {
  const where = objectionListWhere(v, cycleId, f);
  const orderBy = objectionListOrder(f);
  return inPages((skip, take) =>
    db.appraisalObjection.findMany({ where, orderBy, skip, take, select: objectionSelect }),
  );
}

/** The cycle's objections in all, and how many still wait for an answer (whatever the filter). */
export async function countObjections(v: AppraisalViewer, cycleId: string) {
  const where = { AND: [{ sheet: { cycleId } }, objectionVisibleTo(v)] };
  const [all, pending] = await Promise.all([
    db.appraisalObjection.count({ where }),
    db.appraisalObjection.count({ where: { AND: [where, { status: "PENDING" }] } }),
  ]);
  return { all, pending };
}
