// The sentiment index from the database: the one implementation of the
// index, its completeness, the headline and the warnings (issue 17 item 7).
// Every figure is aggregated in the database: moods by groupBy, pulse answers
// by grouped SQL (sums) and groupBy (responses). Only the few rounds, periods
// and groups are mapped to months here; ./index.ts, ./completeness.ts and
// ./warnings.ts do the arithmetic. Other modules read it through
// lib/dashboard/queries.ts.
import "server-only";

import { Prisma } from "@/prisma/generated/sqlite/client";

import { monthOf, monthRange, monthsEnding } from "../dates";
import { db, type Tx } from "../db";
import { AGE_LAYERS, type AgeLayer } from "../people/age";
import { releaseClosedRounds } from "../pulse/queries";
import { monthStatuses } from "./completeness";
import {
  buildSentiment,
  moodScore,
  type MoodAggregate,
  type PulseAggregate,
  type Sentiment,
} from "./index";

/** Months on the 院 line; the heatmap shows the last HEATMAP_MONTHS of them. */
export const TREND_MONTHS = 24;
export const HEATMAP_MONTHS = 12;

type Client = Tx;
type SumRow = {
  roundId: string;
  departmentId: string | null;
  ageLayer: string | null;
  sum: unknown;
  answers: unknown;
};
const groupKey = (r: { roundId: string; departmentId: string | null; ageLayer: string | null }) =>
  JSON.stringify([r.roundId, r.departmentId, r.ageLayer]);

/**
 * Sums per round × department × age layer: one row per group, never one per
 * answer. Responses are counted apart from the answers' sums: a COUNT(DISTINCT)
 * over the join made PostgreSQL sort every answer of the window (on disk at
 * 10×), where the two plain groupings hash (10×: ~600 → ~150 ms).
 */
async function pulseAggregates(client: Client, roundIds: string[]): Promise<PulseAggregate[]> {
  if (roundIds.length === 0) return [];
  const [sums, counts] = await Promise.all([
    client.$queryRaw<SumRow[]>`
      SELECT r."roundId" AS "roundId", r."departmentId" AS "departmentId", r."ageLayer" AS "ageLayer",
             SUM(a."value") AS "sum", COUNT(a."value") AS "answers"
      FROM "PulseResponse" r JOIN "PulseAnswer" a ON a."responseId" = r."id"
      WHERE r."roundId" IN (${Prisma.join(roundIds)})
      GROUP BY r."roundId", r."departmentId", r."ageLayer"`,
    client.pulseResponse.groupBy({
      by: ["roundId", "departmentId", "ageLayer"],
      where: { roundId: { in: roundIds } },
      _count: { _all: true },
    }),
  ]);
  const sumOf = new Map(sums.map((r) => [groupKey(r), r]));
  return (
    counts
      // ageLayer null: released without an age layer (lib/pulse/coarsen.ts).
      .filter((r) => r.ageLayer === null || (AGE_LAYERS as readonly string[]).includes(r.ageLayer))
      .map((r) => {
        const s = sumOf.get(groupKey(r));
        return {
          roundId: r.roundId,
          departmentId: r.departmentId,
          ageLayer: r.ageLayer as AgeLayer | null,
          sum: Number(s?.sum ?? 0),
          answers: Number(s?.answers ?? 0),
          responses: r._count._all,
        };
      })
  );
}

/** Without a stored period to read it from, a month's reports are due this long after it ends (day 5, end of day). */
const DEFAULT_DUE_AFTER_MS = 5 * 24 * 3600_000;

/**
 * When each month's reports are due: the stored ReportPeriod's dueAt (set from
 * 政治处's schedule, lib/reports), or, for a month nobody has filed for, the
 * same offset after its end as the latest stored monthly period.
 */
function dueDates(months: string[], periods: { key: string; endsAt: Date; dueAt: Date }[]) {
  const byKey = new Map(periods.map((p) => [p.key, p.dueAt]));
  const latest = [...periods].sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime())[0];
  const after = latest ? latest.dueAt.getTime() - latest.endsAt.getTime() : DEFAULT_DUE_AFTER_MS;
  return (m: string) => byKey.get(m) ?? new Date(monthRange(m).end.getTime() + after);
}

/**
 * The index figures for the TREND_MONTHS months up to `now`'s month. Rounds
 * count once closed (closesAt ≤ now); reports once submitted (not DRAFT).
 * A month is complete once past its due day or at COMPLETE_COVERAGE
 * (lib/dashboard/completeness.ts). This is the one implementation of the
 * index, the headline and the warnings: the dashboard, the department
 * dashboard and the quarterly report read it (docs/sentiment-index.md).
 */
export async function loadSentiment(
  client: Client = db,
  now: Date = new Date(),
): Promise<Sentiment> {
  const months = monthsEnding(monthOf(now), TREND_MONTHS);
  const [rounds, periods, departments] = await Promise.all([
    client.pulseRound.findMany({
      where: { closesAt: { gte: monthRange(months[0]).start, lte: now } },
      select: { id: true, closesAt: true },
    }),
    client.reportPeriod.findMany({
      where: { key: { in: months }, frequency: "MONTHLY" },
      select: { id: true, key: true, endsAt: true, dueAt: true },
    }),
    client.department.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  const monthOfPeriod = new Map(periods.map((p) => [p.id, p.key]));
  // Closed rounds whose sealed pool is still shut are released first (one cheap query when there are none).
  if (client === db)
    await releaseClosedRounds(
      rounds.map((r) => r.id),
      now,
    );
  const [pulse, moodGroups] = await Promise.all([
    pulseAggregates(
      client,
      rounds.map((r) => r.id),
    ),
    periods.length === 0
      ? Promise.resolve([])
      : client.liaisonReport.groupBy({
          by: ["departmentId", "periodId", "mood", "stability"],
          where: {
            kind: "PERIODIC",
            status: { not: "DRAFT" },
            periodId: { in: periods.map((p) => p.id) },
          },
          _count: { _all: true },
          // One periodic report per department and period: the minimum is that report.
          _min: { id: true },
        }),
  ]);
  // One group per department, period, mood and stability; folded into one per department and month.
  const byKey = new Map<string, MoodAggregate>();
  for (const g of moodGroups) {
    const month = monthOfPeriod.get(g.periodId!)!;
    const key = `${g.departmentId}|${month}`;
    const m = byKey.get(key) ?? {
      departmentId: g.departmentId,
      month,
      sum: 0,
      count: 0,
      reportId: null,
    };
    m.sum += moodScore(g.mood, g.stability) * g._count._all;
    m.count += g._count._all;
    m.reportId = m.count === 1 ? (g._min.id ?? null) : null;
    byKey.set(key, m);
  }
  const moods = [...byKey.values()];
  const reporters = new Map<string, Set<string>>();
  for (const m of moods)
    reporters.set(m.month, (reporters.get(m.month) ?? new Set()).add(m.departmentId));
  const dueAt = dueDates(months, periods);
  return buildSentiment({
    months,
    departments,
    rounds: rounds.map((r) => ({ id: r.id, month: monthOf(r.closesAt) })),
    pulse,
    moods,
    status: monthStatuses(months, (m) => dueAt(m).getTime() < now.getTime(), reporters),
  });
}
