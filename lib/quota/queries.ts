// 入额遴选 reads. Every signed-in business user sees the rounds, their own
// registration and, once published, the 公示 list (names, departments, totals
// and ranks only). Registrants' component scores and the full ranked list are
// 政治处's (quota.manage): the functions that return them check it again.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { db, type Tx } from "../db";
import { activeBusinessUser } from "../people/active";
import { readPublicityPage } from "./publicity-list";
import type { PublicityView } from "./schemas";

export { myRegistrations } from "./mine";
export { PUBLICITY_PER_PAGE } from "./publicity-list";
export { PUBLICITY_VIEWS, type PublicityView } from "./schemas";

export const GRID_PER_PAGE = 30;

const pagesOf = (total: number, per: number) => Math.max(1, Math.ceil(total / per));

const roundSelect = {
  id: true,
  title: true,
  description: true,
  places: true,
  status: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  publicityStartsOn: true,
  publicityEndsOn: true,
  publishedAt: true,
  concludedAt: true,
  createdAt: true,
} satisfies Prisma.QuotaRoundSelect;

/** Whether the viewer may register at all: an active business user who is not yet a prosecutor. */
export async function quotaEligibility(
  v: Viewer,
): Promise<{ eligible: boolean; prosecutor: boolean }> {
  const u = await db.user.findFirst({
    where: { AND: [{ id: v.id }, activeBusinessUser] },
    select: { prosecutor: true },
  });
  return { eligible: !!u && !u.prosecutor, prosecutor: !!u?.prosecutor };
}

/** A round with its components and its outcome counts; null → 404. */
export async function getRound(id: string) {
  const round = await db.quotaRound.findUnique({
    where: { id },
    select: {
      ...roundSelect,
      createdBy: { select: { realName: true } },
      components: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, position: true, weight: true, maxScore: true },
      },
    },
  });
  if (!round) return null;
  const [byOutcome, unranked] = await Promise.all([
    db.quotaRegistration.groupBy({
      by: ["outcome"],
      where: { roundId: id },
      _count: { _all: true },
    }),
    db.quotaRegistration.count({ where: { roundId: id, rank: null } }),
  ]);
  const counts: Record<string, number> = Object.fromEntries(
    byOutcome.map((r) => [r.outcome, r._count._all]),
  );
  const registrants = byOutcome.reduce((s, r) => s + r._count._all, 0);
  return { ...round, counts, registrants, ranked: registrants > 0 && unranked === 0 };
}

/**
 * The viewer's own registration. Component scores, the total and the rank
 * only once the round's scores are complete (ranks are then set).
 */
export async function getMyRegistration(v: Viewer, roundId: string) {
  const r = await db.quotaRegistration.findUnique({
    where: { roundId_userId: { roundId, userId: v.id } },
    select: {
      id: true,
      registeredAt: true,
      outcome: true,
      rank: true,
      totalCenti: true,
      scores: { select: { componentId: true, centi: true } },
    },
  });
  if (!r) return null;
  const final = r.rank !== null;
  return {
    id: r.id,
    registeredAt: r.registeredAt,
    outcome: r.outcome,
    rank: final ? r.rank : null,
    totalCenti: final ? r.totalCenti : null,
    scores: final ? Object.fromEntries(r.scores.map((s) => [s.componentId, s.centi])) : null,
  };
}

const personSelect = {
  id: true,
  realName: true,
  position: true,
  department: { select: { name: true } },
} satisfies Prisma.UserSelect;

/** 政治处: one page of the score grid, each registrant with their scores by component. */
export async function getScoreGrid(v: Viewer, roundId: string, pageNo: number) {
  if (!can(v.roles, "quota.manage")) return null;
  const where = { roundId };
  const [total, rows] = await Promise.all([
    db.quotaRegistration.count({ where }),
    db.quotaRegistration.findMany({
      where,
      orderBy: [
        { user: { department: { sortOrder: "asc" } } },
        { user: { employeeNo: "asc" } },
        { id: "asc" },
      ],
      skip: (pageNo - 1) * GRID_PER_PAGE,
      take: GRID_PER_PAGE,
      select: {
        id: true,
        totalCenti: true,
        rank: true,
        user: { select: personSelect },
        scores: { select: { componentId: true, centi: true } },
      },
    }),
  ]);
  return {
    total,
    pages: pagesOf(total, GRID_PER_PAGE),
    rows: rows.map((r) => ({
      ...r,
      scores: Object.fromEntries(r.scores.map((s) => [s.componentId, s.centi])) as Record<
        string,
        number
      >,
    })),
  };
}

/** The 公示 list's first pages in the ranking (the page reads lib/quota/publicity-list.ts). */
export async function listPublicity(roundId: string, view: PublicityView, pageNo: number) {
  return readPublicityPage(roundId, view, { page: pageNo });
}

/**
 * The focus group a round leaves behind: active business users who registered
 * and were not admitted. Used to start a talk campaign with them.
 */
export async function notAdmittedFocusGroup(
  tx: Tx,
  roundId: string,
): Promise<{ id: string; realName: string; department: string | null }[]> {
  const rows = await tx.quotaRegistration.findMany({
    where: { roundId, outcome: "NOT_ADMITTED", user: activeBusinessUser },
    orderBy: [{ user: { department: { sortOrder: "asc" } } }, { user: { employeeNo: "asc" } }],
    select: {
      user: { select: { id: true, realName: true, department: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.user.id,
    realName: r.user.realName,
    department: r.user.department?.name ?? null,
  }));
}

/** Rounds that have people not admitted, for the talk campaign form. */
export async function listFocusGroupRounds() {
  const counts = await db.quotaRegistration.groupBy({
    by: ["roundId"],
    where: { outcome: "NOT_ADMITTED", user: activeBusinessUser },
    _count: { _all: true },
  });
  if (counts.length === 0) return [];
  const rounds = await db.quotaRound.findMany({
    where: { id: { in: counts.map((c) => c.roundId) } },
    orderBy: { registrationOpensAt: "desc" },
    select: { id: true, title: true },
  });
  const n = new Map(counts.map((c) => [c.roundId, c._count._all]));
  return rounds.map((r) => ({ id: r.id, label: `${r.title}（未入额 ${n.get(r.id)} 人）` }));
}

/** Whether this person registered for the round: then, in 政治处, they are recused from running it (回避). */
export async function isRegistrant(
  roundId: string,
  userId: string,
  client: Tx = db,
): Promise<boolean> {
  return (await client.quotaRegistration.count({ where: { roundId, userId } })) > 0;
}
