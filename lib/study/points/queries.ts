// The database side of study points: the configured rules, and per-person
// counts of recorded attendance (by status and type group) and of approved
// study-log hours (by kind), all as groupBy aggregates. computePoints in
// lib/study/points/rules.ts turns them into points.
import { shanghaiYear, shanghaiYearRange } from "../../dates";

import "server-only";

import { db, type Tx } from "../../db";
import type { Period } from "../periods";
import {
  computePoints,
  CORE_ACTIVITY_TYPES,
  DEFAULT_RULES,
  RULE_KEYS,
  ZERO_COUNTS,
  type RuleKey,
  type Rules,
  type StudyCounts,
} from "./rules";

export async function loadRules(client: Tx = db): Promise<Rules> {
  const rows = await client.studyPointRule.findMany({ select: { key: true, tenths: true } });
  const rules = { ...DEFAULT_RULES };
  for (const r of rows)
    if ((RULE_KEYS as readonly string[]).includes(r.key)) rules[r.key as RuleKey] = r.tenths;
  return rules;
}

/** When each rule was last changed and by whom (rules never saved show as defaults). */
export async function listRuleRows() {
  return db.studyPointRule.findMany({
    select: { key: true, tenths: true, updatedAt: true, updatedBy: { select: { realName: true } } },
  });
}

function range(period: Period) {
  if (period.span) return period.span;
  return period.year === null ? undefined : shanghaiYearRange(period.year);
}

export type PersonCounts = {
  counts: StudyCounts;
  byKind: Record<string, { tenths: number; entries: number }>;
};

/**
 * Counts for every person with any recorded attendance or approved hours in
 * the period, or only for `userIds`. Three grouped queries, whatever the
 * number of people.
 */
export async function countStudy(
  period: Period,
  userIds?: string[],
): Promise<Map<string, PersonCounts>> {
  const span = range(period);
  const who = userIds ? { userId: { in: userIds } } : {};
  const attendance = (core: boolean) =>
    db.studyAttendance.groupBy({
      by: ["userId", "status"],
      where: {
        ...who,
        status: { in: ["PRESENT", "LEAVE", "ABSENT"] },
        activity: {
          type: core ? { in: [...CORE_ACTIVITY_TYPES] } : { notIn: [...CORE_ACTIVITY_TYPES] },
          ...(span ? { heldAt: span } : {}),
        },
      },
      _count: { _all: true },
    });
  const [core, other, logs] = await Promise.all([
    attendance(true),
    attendance(false),
    db.studyLog.groupBy({
      by: ["userId", "kind"],
      where: { ...who, status: "APPROVED", ...(span ? { studiedOn: span } : {}) },
      _sum: { tenths: true },
      _count: { _all: true },
    }),
  ]);
  const out = new Map<string, PersonCounts>();
  const of = (userId: string) => {
    let p = out.get(userId);
    if (!p) out.set(userId, (p = { counts: { ...ZERO_COUNTS }, byKind: {} }));
    return p;
  };
  for (const [rows, isCore] of [
    [core, true],
    [other, false],
  ] as const) {
    for (const r of rows) {
      const c = of(r.userId).counts;
      const n = r._count._all;
      if (r.status === "PRESENT") c[isCore ? "presentCore" : "presentOther"] += n;
      else if (r.status === "LEAVE") c.leave += n;
      else if (r.status === "ABSENT") c.absent += n;
    }
  }
  for (const r of logs) {
    const p = of(r.userId);
    const tenths = r._sum.tenths ?? 0;
    p.counts.approvedTenths += tenths;
    if (r.kind === "REFLECTION") p.counts.reflections += r._count._all;
    p.byKind[r.kind] = { tenths, entries: r._count._all };
  }
  return out;
}

/** One person's counts (zeros when they have none). */
export async function countStudyFor(userId: string, period: Period): Promise<PersonCounts> {
  return (
    (await countStudy(period, [userId])).get(userId) ?? { counts: { ...ZERO_COUNTS }, byKind: {} }
  );
}

/** One person's points (hundredths) and approved hours (tenths) in the period, under the rules in force. */
export async function pointsFor(userId: string, period: Period) {
  const [rules, mine] = await Promise.all([loadRules(), countStudyFor(userId, period)]);
  return {
    points: computePoints(mine.counts, rules).total,
    approvedTenths: mine.counts.approvedTenths,
  };
}

/** Years that have study data, oldest first, up to the current one. */
export async function studyYears(now: Date = new Date()): Promise<number[]> {
  const [logs, acts] = await Promise.all([
    db.studyLog.aggregate({ _min: { studiedOn: true } }),
    db.studyActivity.aggregate({ _min: { heldAt: true } }),
  ]);
  const current = shanghaiYear(now);
  const firsts = [logs._min.studiedOn, acts._min.heldAt]
    .filter((d): d is Date => !!d)
    .map((d) => shanghaiYear(d));
  const first = Math.min(current, ...firsts);
  return Array.from({ length: current - first + 1 }, (_, i) => first + i);
}

export const HISTORY_PER_PAGE = 10;

/**
 * A person's attendance rows in the period, newest first; optionally one
 * status, "NONE" (not yet recorded) or "RECORDED" (any recorded status).
 */
export async function listAttendance(
  userId: string,
  period: Period,
  pageNo: number,
  status?: string,
) {
  const span = range(period);
  const where = {
    userId,
    ...(status
      ? { status: status === "NONE" ? null : status === "RECORDED" ? { not: null } : status }
      : {}),
    ...(span ? { activity: { heldAt: span } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.studyAttendance.count({ where }),
    db.studyAttendance.findMany({
      where,
      orderBy: [{ activity: { heldAt: "desc" } }, { activityId: "asc" }],
      skip: (pageNo - 1) * HISTORY_PER_PAGE,
      take: HISTORY_PER_PAGE,
      select: {
        status: true,
        activity: { select: { id: true, title: true, type: true, heldAt: true } },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / HISTORY_PER_PAGE)), rows };
}
