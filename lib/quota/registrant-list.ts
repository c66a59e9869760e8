// A round's registrant list on /quota/[id] (issue 15 item 5): 政治处's
// (quota.manage) only — the ranked list with totals and outcomes, which no
// one else sees; every reader checks it again and returns null otherwise.
// One where (the round, a keyword in the name or department) and one order
// (ending on the id), read a page at a time for the screen and page by page
// for the XLSX export, which therefore holds exactly the rows the screen would.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { inPages } from "../batches";
import { db } from "../db";
import type { Sort } from "../list-sort";
import type { RegistrantFilter, RegistrantSort } from "./schemas";

export const REGISTRANTS_PER_PAGE = 20;

const registrantSelect = {
  id: true,
  registeredAt: true,
  outcome: true,
  rank: true,
  totalCenti: true,
  user: {
    select: { id: true, realName: true, position: true, department: { select: { name: true } } },
  },
  _count: { select: { scores: true } },
} satisfies Prisma.QuotaRegistrationSelect;
export type RegistrantRow = Prisma.QuotaRegistrationGetPayload<{
  select: typeof registrantSelect;
}>;

/** The sort in effect: a declared column of the URL, else the ranking (whatever ?dir= says). */
export function registrantSortOf(f: RegistrantFilter): Sort<RegistrantSort> {
  if (!f.sort) return { key: "rank", dir: "asc" };
  const newestFirst = f.sort === "registeredAt" || f.sort === "total" || f.sort === "scores";
  return { key: f.sort, dir: f.dir ?? (newestFirst ? "desc" : "asc") };
}

function registrantWhere(roundId: string, f: RegistrantFilter): Prisma.QuotaRegistrationWhereInput {
  return {
    roundId,
    ...(f.q
      ? {
          OR: [
            { user: { realName: { contains: f.q } } },
            { user: { department: { name: { contains: f.q } } } },
          ],
        }
      : {}),
  };
}

function registrantOrder(f: RegistrantFilter): Prisma.QuotaRegistrationOrderByWithRelationInput[] {
  const { key, dir } = registrantSortOf(f);
  const first: Record<RegistrantSort, Prisma.QuotaRegistrationOrderByWithRelationInput> = {
    rank: { rank: { sort: dir, nulls: "last" } },
    name: { user: { realName: dir } },
    department: { user: { department: { name: dir } } },
    registeredAt: { registeredAt: dir },
    scores: { scores: { _count: dir } },
    total: { totalCenti: { sort: dir, nulls: "last" } },
    outcome: { outcome: dir },
  };
  // Ties fall back to the ranking, then registration order.
  return [
    first[key],
    { rank: { sort: "asc", nulls: "last" } },
    { registeredAt: "asc" },
    { id: "asc" },
  ];
}

/** 政治处: a page of the round's registrants, searched and sorted. Null for anyone else. */
export async function listRegistrants(
  v: Pick<Viewer, "roles">,
  roundId: string,
  f: RegistrantFilter,
) {
  if (!can(v.roles, "quota.manage")) return null;
  const where = registrantWhere(roundId, f);
  const [total, rows] = await Promise.all([
    db.quotaRegistration.count({ where }),
    db.quotaRegistration.findMany({
      where,
      orderBy: registrantOrder(f),
      skip: (f.page - 1) * REGISTRANTS_PER_PAGE,
      take: REGISTRANTS_PER_PAGE,
      select: registrantSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / REGISTRANTS_PER_PAGE)), rows };
}

/** 政治处: every row of the list, filtered and sorted alike, page by page (the export). */
export async function* allRegistrantRows(
  roundId: string,
  f: RegistrantFilter,
): AsyncGenerator<RegistrantRow[]> {
  const where = registrantWhere(roundId, f);
  const orderBy = registrantOrder(f);
  yield* inPages((skip, take) =>
    db.quotaRegistration.findMany({ where, orderBy, skip, take, select: registrantSelect }),
  );
}
