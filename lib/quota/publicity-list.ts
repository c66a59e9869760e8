// A round's published lists on /quota/[id]/publicity (issue 15 item 5): the
// current 公示 and the admitted, for every member of staff (quota.register)
// and 政治处 (quota.manage), once 政治处 has published them. Searched by name
// or department and sorted (rank, name, department, total) through the URL,
// 20 a page. Name, department, total and rank only — exactly the columns the
// page shows, never component scores, position or registration details. One
// where and one order (ending on the id), read a page at a time for the screen
// and page by page for the XLSX export, which therefore holds exactly the
// rows, in the order, the screen would.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { inPages } from "../batches";
import { db } from "../db";
import type { Sort } from "../list-sort";
import {
  PUBLICITY_VIEWS,
  type PublicityFilter,
  type PublicitySort,
  type PublicityView,
} from "./schemas";

export const PUBLICITY_PER_PAGE = 20;

const publicitySelect = {
  id: true,
  rank: true,
  totalCenti: true,
  user: { select: { realName: true, department: { select: { name: true } } } },
} satisfies Prisma.QuotaRegistrationSelect;
export type PublicityRow = Prisma.QuotaRegistrationGetPayload<{ select: typeof publicitySelect }>;

/** Who may read a round's published lists. */
export const seesPublicity = (v: Pick<Viewer, "roles">) =>
  can(v.roles, "quota.register") || can(v.roles, "quota.manage");

/** The list in effect: the URL's, else the 公示 while it has people (or nobody is admitted yet). */
export function publicityViewOf(
  f: Pick<PublicityFilter, "view">,
  counts: Record<string, number>,
): PublicityView {
  if (f.view && (PUBLICITY_VIEWS as readonly string[]).includes(f.view)) return f.view;
  return (counts.PUBLICITY ?? 0) > 0 || !counts.ADMITTED ? "PUBLICITY" : "ADMITTED";
}

/** The sort in effect: a declared column of the URL, else the ranking. */
export function publicitySortOf(f: Partial<PublicityFilter>): Sort<PublicitySort> {
  if (!f.sort) return { key: "rank", dir: "asc" };
  return { key: f.sort, dir: f.dir ?? (f.sort === "total" ? "desc" : "asc") };
}

function publicityWhere(
  roundId: string,
  view: PublicityView,
  f: Partial<PublicityFilter>,
): Prisma.QuotaRegistrationWhereInput {
  return {
    roundId,
    outcome: view,
    round: { publishedAt: { not: null } },
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

function publicityOrder(
  f: Partial<PublicityFilter>,
): Prisma.QuotaRegistrationOrderByWithRelationInput[] {
  const { key, dir } = publicitySortOf(f);
  const first: Record<PublicitySort, Prisma.QuotaRegistrationOrderByWithRelationInput> = {
    rank: { rank: { sort: dir, nulls: "last" } },
    name: { user: { realName: dir } },
    department: { user: { department: { name: dir } } },
    total: { totalCenti: { sort: dir, nulls: "last" } },
  };
  return [
    first[key],
    { rank: { sort: "asc", nulls: "last" } },
    { registeredAt: "asc" },
    { id: "asc" },
  ];
}

type PageFilter = Pick<PublicityFilter, "page"> & Partial<PublicityFilter>;

/** A page of a published list, searched and sorted; null for a viewer without the right. */
export async function listPublicityPage(
  v: Pick<Viewer, "roles">,
  roundId: string,
  view: PublicityView,
  f: PageFilter,
) {
  return seesPublicity(v) ? readPublicityPage(roundId, view, f) : null;
}

/** The page itself, for callers that have checked the viewer (and lib/quota/queries.ts's listPublicity). */
export async function readPublicityPage(roundId: string, view: PublicityView, f: PageFilter) {
  const where = publicityWhere(roundId, view, f);
  const [total, rows] = await Promise.all([
    db.quotaRegistration.count({ where }),
    db.quotaRegistration.findMany({
      where,
      orderBy: publicityOrder(f),
      skip: (f.page - 1) * PUBLICITY_PER_PAGE,
      take: PUBLICITY_PER_PAGE,
      select: publicitySelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PUBLICITY_PER_PAGE)), rows };
}

/** Every row of a published list, filtered and sorted alike, page by page (the export). */
export async function* allPublicityRows(
  roundId: string,
  view: PublicityView,
  f: PublicityFilter,
): AsyncGenerator<PublicityRow[]> {
  const where = publicityWhere(roundId, view, f);
  const orderBy = publicityOrder(f);
  yield* inPages((skip, take) =>
    db.quotaRegistration.findMany({ where, orderBy, skip, take, select: publicitySelect }),
  );
}
