// The round list of /pulse (全部测评) as its viewer sees it: filtered by state,
// searched by title, sorted through the URL, paginated for the page and
// streamed page by page for the XLSX export, which therefore holds exactly the
// rows the screen would. A round is listed with its title, window, state and
// question count; response counts and rates only for those who see rates
// (seesResults), as the page always showed them, and never anything below a
// round's whole count: no group, no answer, no person.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import type { Role } from "../auth/roles";
import { inPages } from "../batches";
import { db } from "../db";
import type { Sort } from "../list-sort";
import { ownParticipations } from "./participation";
import { seesResults } from "./queries";
import type { PulseRoundListFilter, RoundSort } from "./schemas";
import { responseRate, roundStatus } from "./window";

export const ROUND_LIST_PER_PAGE = 20;

type Viewer = { id: string; roles: readonly Role[] };

/** The sort in effect: responses only for those who see them (an order would reveal the counts). */
export function roundSortOf(viewer: Viewer, f: PulseRoundListFilter): Sort<RoundSort> {
  const allowed = f.sort && (f.sort !== "responses" || seesResults(viewer.roles));
  const key = allowed && f.sort ? f.sort : "opensAt";
  const dir = (allowed && f.dir) || (key === "title" ? "asc" : "desc");
  return { key, dir };
}

function roundListWhere(f: PulseRoundListFilter, now: Date): Prisma.PulseRoundWhereInput {
  const state: Record<NonNullable<PulseRoundListFilter["status"]>, Prisma.PulseRoundWhereInput> = {
    UPCOMING: { opensAt: { gt: now } },
    OPEN: { opensAt: { lte: now }, closesAt: { gt: now } },
    CLOSED: { closesAt: { lte: now } },
  };
  return {
    AND: [f.status ? state[f.status] : {}, f.q ? { title: { contains: f.q } } : {}],
  };
}

function roundListOrder(
  viewer: Viewer,
  f: PulseRoundListFilter,
): Prisma.PulseRoundOrderByWithRelationInput[] {
  const { key, dir } = roundSortOf(viewer, f);
  const first: Record<RoundSort, Prisma.PulseRoundOrderByWithRelationInput> = {
    title: { title: dir },
    opensAt: { opensAt: dir },
    closesAt: { closesAt: dir },
    responses: { participations: { _count: dir } },
  };
  return [first[key], { opensAt: "desc" }, { id: "asc" }];
}

const roundRowSelect = {
  id: true,
  title: true,
  opensAt: true,
  closesAt: true,
  eligibleCount: true,
  _count: { select: { questions: true, participations: true } },
} as const;

type Selected = Prisma.PulseRoundGetPayload<{ select: typeof roundRowSelect }>;

function shapeRound(r: Selected, rates: boolean, now: Date) {
  return {
    id: r.id,
    title: r.title,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    status: roundStatus(r, now),
    questions: r._count.questions,
    eligible: r.eligibleCount,
    responses: rates ? r._count.participations : null,
    rate: rates ? responseRate(r._count.participations, r.eligibleCount) : null,
  };
}
export type PulseRoundRow = ReturnType<typeof shapeRound>;

function readRounds(viewer: Viewer, f: PulseRoundListFilter, now: Date) {
  const where = roundListWhere(f, now);
  const orderBy = roundListOrder(viewer, f);
  const rates = seesResults(viewer.roles);
  return async (skip: number, take: number) =>
    (await db.pulseRound.findMany({ where, orderBy, skip, take, select: roundRowSelect })).map(
      (r) => shapeRound(r, rates, now),
    );
}

/** A page of the round list, each row with whether the viewer took part (the page only). */
export async function listPulseRoundTable(
  viewer: Viewer,
  f: PulseRoundListFilter,
  now: Date = new Date(),
) {
  const [total, rows] = await Promise.all([
    db.pulseRound.count({ where: roundListWhere(f, now) }),
    readRounds(viewer, f, now)((f.page - 1) * ROUND_LIST_PER_PAGE, ROUND_LIST_PER_PAGE),
  ]);
  const mine = rows.length
    ? await db.pulseParticipation.findMany({
        where: ownParticipations(
          viewer.id,
          rows.map((r) => r.id),
        ),
        select: { roundId: true },
      })
    : [];
  const answered = new Set(mine.map((m) => m.roundId));
  return {
    total,
    pages: Math.max(1, Math.ceil(total / ROUND_LIST_PER_PAGE)),
    rows: rows.map((r) => ({ ...r, answered: answered.has(r.id) })),
  };
}

/**
 * Every row of the list, filtered and sorted alike, page by page (the export).
 * Without whether the exporter took part: a file travels, and that fact is
 * theirs alone (docs/security.md item 17).
 */
export function allPulseRoundRows(
  viewer: Viewer,
  f: PulseRoundListFilter,
  now: Date = new Date(),
): AsyncGenerator<PulseRoundRow[]> {
  return inPages(readRounds(viewer, f, now));
}
