// The 入额遴选 round list (issue 15 item 5): every round, which every viewer
// of /quota sees, each with the viewer's own registration only — the
// registration is read with `userId: viewer` in the where, never anyone
// else's. One where (keyword in the title, ?mine=1 for the rounds the viewer
// registered for) and one order (ending on the id), read a page at a time for
// the screen and page by page for the XLSX export, which therefore holds
// exactly the rows the screen would.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import type { Viewer } from "../auth/session";
import { inPages } from "../batches";
import { db } from "../db";
import type { QuotaRoundFilter, QuotaRoundSort } from "./schemas";

export const ROUNDS_PER_PAGE = 10;

/** A round as the list shows it, with `registrations` holding at most the viewer's own. */
const roundRowSelect = (v: Pick<Viewer, "id">) =>
  ({
    id: true,
    title: true,
    places: true,
    status: true,
    registrationOpensAt: true,
    registrationClosesAt: true,
    publicityStartsOn: true,
    publicityEndsOn: true,
    publishedAt: true,
    _count: { select: { registrations: true } },
    registrations: {
      where: { userId: v.id },
      select: { id: true, outcome: true, rank: true, totalCenti: true },
    },
  }) satisfies Prisma.QuotaRoundSelect;

type StoredRound = Prisma.QuotaRoundGetPayload<{ select: ReturnType<typeof roundRowSelect> }>;

/** The viewer's registration as the round's page shows it: rank and total once ranks are set. */
function withMine({ registrations, ...r }: StoredRound) {
  const own = registrations[0];
  const final = own?.rank !== null && own?.rank !== undefined;
  return {
    ...r,
    mine: own
      ? {
          id: own.id,
          outcome: own.outcome,
          rank: final ? own.rank : null,
          totalCenti: final ? own.totalCenti : null,
        }
      : null,
  };
}
export type RoundRow = ReturnType<typeof withMine>;

function roundListWhere(v: Pick<Viewer, "id">, f: QuotaRoundFilter): Prisma.QuotaRoundWhereInput {
  return {
    AND: [
      f.q ? { title: { contains: f.q } } : {},
      f.mine ? { registrations: { some: { userId: v.id } } } : {},
    ],
  };
}

/** The sort the list applies: ?sort=&dir=, or the latest registration window first. */
export function roundSortOf(f: QuotaRoundFilter): { key: QuotaRoundSort; dir: "asc" | "desc" } {
  const key = f.sort ?? "registrationOpensAt";
  return { key, dir: f.dir ?? (key === "title" ? "asc" : "desc") };
}

function roundListOrder(f: QuotaRoundFilter): Prisma.QuotaRoundOrderByWithRelationInput[] {
  const { key, dir } = roundSortOf(f);
  const first: Record<QuotaRoundSort, Prisma.QuotaRoundOrderByWithRelationInput> = {
    registrationOpensAt: { registrationOpensAt: dir },
    title: { title: dir },
    places: { places: dir },
    registrants: { registrations: { _count: dir } },
  };
  return [first[key], { registrationOpensAt: "desc" }, { id: "asc" }];
}

export async function listRounds(v: Pick<Viewer, "id">, f: QuotaRoundFilter) {
  const where = roundListWhere(v, f);
  const [total, rows] = await Promise.all([
    db.quotaRound.count({ where }),
    db.quotaRound.findMany({
      where,
      orderBy: roundListOrder(f),
      skip: (f.page - 1) * ROUNDS_PER_PAGE,
      take: ROUNDS_PER_PAGE,
      select: roundRowSelect(v),
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / ROUNDS_PER_PAGE)),
    rows: rows.map(withMine),
  };
}

/** Every row of the list as the viewer sees it, filtered and sorted alike, page by page (the export). */
export async function* allRoundRows(
  v: Pick<Viewer, "id">,
  f: QuotaRoundFilter,
): AsyncGenerator<RoundRow[]> {
  const where = roundListWhere(v, f);
  const orderBy = roundListOrder(f);
  const select = roundRowSelect(v);
  for await (const rows of inPages((skip, take) =>
    db.quotaRound.findMany({ where, orderBy, skip, take, select }),
  ))
    yield rows.map(withMine);
}
