// Study rankings per person and per department (study.rankings: LEADER and
// 政治处). Counts come from three grouped queries (points/queries.ts); the
// points and ranks are computed from those aggregates, never from raw rows.
// Ranking everyone reads every study record of the period, so the result is
// kept for RANKINGS_TTL_MS per period (lib/memo.ts) and the page says when it
// was computed. Every write that moves points (a log approved or returned, an
// attendance sheet, an activity's type or date, the rules) calls
// markPointsChanged in its transaction: the kept rankings are keyed by that
// mark, so its effect shows at once on every server process.
import "server-only";

import { can } from "../../auth/permissions";
import { BUSINESS_ROLES } from "../../auth/roles";
import type { SessionUser } from "../../auth/session";
import { inSlices } from "../../batches";
import { db, type Tx } from "../../db";
import { memo, memoKey } from "../../memo";
import { activeBusinessUser } from "../../people/active";
import { countStudy, countStudyFor, loadRules } from "../points/queries";
import {
  computePoints,
  ZERO_COUNTS,
  type PointsBreakdown,
  type StudyCounts,
} from "../points/rules";
import { rankDepartments, rankPeople } from "./rank";

export const RANKING_PER_PAGE = 20;
export const DEPARTMENT_RANKING_PER_PAGE = 20;

export type RankedPerson = {
  id: string;
  name: string;
  departmentId: string | null;
  departmentName: string;
  points: number;
  tenths: number;
  counts: StudyCounts;
  breakdown: PointsBreakdown;
  rank: number;
};

/** Everyone ranked, and every department ranked, for one year (or all time: null). */
async function computeRankings(year: number | null, now: Date) {
  const [rules, people, counts, departments] = await Promise.all([
    loadRules(),
    // Active business users: administrators and auditors study no points.
    db.user.findMany({
      where: { status: "ACTIVE", roles: { some: { role: { in: [...BUSINESS_ROLES] } } } },
      select: { id: true, realName: true, departmentId: true },
    }),
    countStudy({ year }),
    db.department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  ]);
  const deptName = new Map(departments.map((d) => [d.id, d.name]));
  const rows = people.map((p) => {
    const c = counts.get(p.id)?.counts ?? ZERO_COUNTS;
    const breakdown = computePoints(c, rules);
    return {
      id: p.id,
      name: p.realName,
      departmentId: p.departmentId,
      departmentName: p.departmentId ? (deptName.get(p.departmentId) ?? "") : "未分配部门",
      points: breakdown.total,
      tenths: c.approvedTenths,
      counts: c,
      breakdown,
    };
  });
  const ranked: RankedPerson[] = rankPeople(rows);
  const totals = new Map<string, { total: number; members: number; tenths: number }>();
  for (const p of ranked) {
    if (!p.departmentId) continue;
    const t = totals.get(p.departmentId) ?? { total: 0, members: 0, tenths: 0 };
    t.total += p.points;
    t.members += 1;
    t.tenths += p.tenths;
    totals.set(p.departmentId, t);
  }
  const depts = rankDepartments(
    departments
      .filter((d) => totals.has(d.id))
      .map((d) => ({ id: d.id, name: d.name, ...totals.get(d.id)! })),
  );
  return { asOf: now, rules, people: ranked, departments: depts };
}

/** How long computed rankings are served; a write that moves points (markPointsChanged) ends that sooner. */
export const RANKINGS_TTL_MS = 60_000;
type Rankings = Awaited<ReturnType<typeof computeRankings>>;
const rankingsMemo = memo<Rankings>({ ttlMs: RANKINGS_TTL_MS, max: 20 });

const CHANGED_KEY = "study.points.changed";

/** Marks, inside the write's own transaction, that someone's points changed. */
export async function markPointsChanged(tx: Tx): Promise<void> {
  const value = crypto.randomUUID();
  await tx.setting.upsert({
    where: { key: CHANGED_KEY },
    create: { key: CHANGED_KEY, value },
    update: { value },
  });
}

async function rankingsOf(year: number | null, now: Date): Promise<Rankings> {
  const mark = await db.setting.findUnique({
    where: { key: CHANGED_KEY },
    select: { value: true },
  });
  const key = `${year ?? "all"}|${mark?.value ?? ""}`;
  return rankingsMemo.get(memoKey(key, now, RANKINGS_TTL_MS), () => computeRankings(year, now));
}

/** Drops this process's kept rankings (tests and timings that write around the actions). */
export function forgetRankings(): void {
  rankingsMemo.forget();
}

/**
 * The rankings for a viewer who holds study.rankings, or null: computed at
 * most once per RANKINGS_TTL_MS and period; `asOf` says when.
 */
export async function loadRankings(
  viewer: SessionUser,
  year: number | null,
  now: Date = new Date(),
) {
  if (!can(viewer.roles, "study.rankings")) return null;
  return rankingsOf(year, now);
}

/** One person's rank, points and counts, for a viewer who holds study.rankings; null for anyone else or an unknown id. */
export async function loadPersonPoints(viewer: SessionUser, userId: string, year: number | null) {
  if (!can(viewer.roles, "study.rankings")) return null;
  const person = await db.user.findFirst({
    where: { id: userId, roles: { some: { role: { in: [...BUSINESS_ROLES] } } } },
    select: {
      id: true,
      realName: true,
      position: true,
      status: true,
      department: { select: { id: true, name: true } },
    },
  });
  if (!person) return null;
  const [rules, counts, all] = await Promise.all([
    loadRules(),
    countStudyFor(person.id, { year }),
    rankingsOf(year, new Date()),
  ]);
  const ranked = all.people.find((p) => p.id === person.id);
  return {
    person,
    rules,
    ...counts,
    breakdown: computePoints(counts.counts, rules),
    rank: ranked?.rank ?? null,
    of: all.people.length,
  };
}

/** Most people one department's table lists. */
const DEPARTMENT_PEOPLE_LIMIT = 300;

/**
 * One department's active people with their attendance counts, approved hours
 * and points for one year, best first: the department dashboard's table
 * (lib/department), which decides who may see it. Counts by three grouped queries.
 */
export async function departmentStudyPoints(departmentId: string, year: number) {
  const people = await db.user.findMany({
    where: { departmentId, ...activeBusinessUser },
    orderBy: { employeeNo: "asc" },
    take: DEPARTMENT_PEOPLE_LIMIT,
    select: { id: true, realName: true, position: true },
  });
  const ids = people.map((p) => p.id);
  const [rules, slices] = await Promise.all([
    loadRules(),
    inSlices(ids, async (slice) => [...(await countStudy({ year }, slice))]),
  ]);
  const counts = new Map(slices);
  return people
    .map((p) => {
      const c = counts.get(p.id)?.counts ?? ZERO_COUNTS;
      return {
        ...p,
        counts: c,
        points: computePoints(c, rules).total,
        recorded: c.presentCore + c.presentOther + c.leave + c.absent,
        present: c.presentCore + c.presentOther,
      };
    })
    .sort((a, b) => b.points - a.points || a.realName.localeCompare(b.realName, "zh-CN"));
}
