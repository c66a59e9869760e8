// The 征文 call list as people work with it (issue 15 item 5): one where (the
// keyword on title and theme, the phase) and one order (ending on the id),
// read a page at a time for the screen and page by page for the XLSX export,
// which therefore holds exactly the rows the screen would. Calls are open to
// the whole 院; the only personal column is the viewer's own part (submitted,
// judge), never another's.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages } from "../../batches";
import { db } from "../../db";
import type { Sort } from "../../list-sort";
import type { EssayViewer } from "./access";
import type { CallPhase } from "./labels";
import type { CallSort, EssayCallListFilter } from "./schemas";

export const CALLS_PER_PAGE = 10;

/** The calls of a phase, as callPhase (labels.ts) names them at `now`. */
function phaseWhere(phase: CallPhase, now: Date): Prisma.EssayCallWhereInput {
  if (phase === "PUBLISHED") return { resultsPublishedAt: { not: null } };
  const pending = { resultsPublishedAt: null };
  if (phase === "UPCOMING") return { ...pending, opensAt: { gt: now } };
  if (phase === "OPEN") return { ...pending, opensAt: { lte: now }, closesAt: { gt: now } };
  return { ...pending, opensAt: { lte: now }, closesAt: { lte: now } };
}

function callListWhere(f: EssayCallListFilter, now: Date): Prisma.EssayCallWhereInput {
  return {
    AND: [
      f.phase ? phaseWhere(f.phase, now) : {},
      f.q ? { OR: [{ title: { contains: f.q } }, { theme: { contains: f.q } }] } : {},
    ],
  };
}

/** The sort in effect: a declared column, or the newest window first. */
export function callSortOf(f: EssayCallListFilter): Sort<CallSort> {
  const key = f.sort ?? "opensAt";
  return { key, dir: f.dir ?? (f.sort && f.sort !== "opensAt" ? "asc" : "desc") };
}

function callListOrder(f: EssayCallListFilter): Prisma.EssayCallOrderByWithRelationInput[] {
  const { key, dir } = callSortOf(f);
  const first: Record<CallSort, Prisma.EssayCallOrderByWithRelationInput> = {
    title: { title: dir },
    opensAt: { opensAt: dir },
    closesAt: { closesAt: dir },
    entries: { entries: { _count: dir } },
  };
  return [first[key], { opensAt: "desc" }, { id: "asc" }];
}

function readCalls(v: EssayViewer, where: Prisma.EssayCallWhereInput) {
  return async (
    orderBy: Prisma.EssayCallOrderByWithRelationInput[],
    skip: number,
    take: number,
  ) => {
    const rows = await db.essayCall.findMany({
      where,
      orderBy,
      skip,
      take,
      select: {
        id: true,
        title: true,
        theme: true,
        opensAt: true,
        closesAt: true,
        resultsPublishedAt: true,
        _count: { select: { entries: true } },
        entries: { where: { authorId: v.id }, select: { id: true } },
        judges: { where: { userId: v.id }, select: { userId: true } },
      },
    });
    return rows.map(({ entries, judges, _count, ...c }) => ({
      ...c,
      entries: _count.entries,
      submitted: entries.length > 0,
      judge: judges.length > 0,
    }));
  };
}
export type CallRow = Awaited<ReturnType<ReturnType<typeof readCalls>>>[number];

/** A page of the calls, filtered and sorted, with the viewer's part in each. */
export async function listCalls(v: EssayViewer, f: EssayCallListFilter, now: Date = new Date()) {
  const where = callListWhere(f, now);
  const [total, rows] = await Promise.all([
    db.essayCall.count({ where }),
    readCalls(v, where)(callListOrder(f), (f.page - 1) * CALLS_PER_PAGE, CALLS_PER_PAGE),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / CALLS_PER_PAGE)), rows };
}

/** Every row of the list as the viewer sees it, filtered and sorted alike, page by page (the export). */
export function allCallRows(
  v: EssayViewer,
  f: EssayCallListFilter,
  now: Date = new Date(),
): AsyncGenerator<CallRow[]> {
  const read = readCalls(v, callListWhere(f, now));
  const orderBy = callListOrder(f);
  return inPages((skip, take) => read(orderBy, skip, take));
}
