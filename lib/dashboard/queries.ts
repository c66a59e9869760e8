// Reads for the leadership dashboard (晴雨表看板, dashboard.leadership). Every
// figure is aggregated in the database: moods by groupBy, pulse answers by one
// grouped SQL query, counts by count(). Only the few rounds, periods and
// groups are mapped to months here; lib/dashboard/index.ts does the arithmetic.
import "server-only";

import { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { monthOf, monthRange, monthsEnding, previousMonth } from "../dates";
import { db, type Tx } from "../db";
import { ACTIVE_STATUSES, overdueWhere } from "../follow-ups/queries";
import { percent } from "../format";
import { AGE_LAYERS, type AgeLayer } from "../people/age";
import { releaseClosedRounds } from "../pulse/queries";
import { reportsOfMonthsWhere } from "../reports/queries";
import { coveredMemberWhere } from "../talks/queries";
import {
  buildSentiment,
  type HeatRow,
  type MoodAggregate,
  type PulseAggregate,
  type Sentiment,
} from "./index";
import { MILESTONES_SETTING, parseMilestones } from "./milestones";

/** Months on the 院 line; the heatmap shows the last HEATMAP_MONTHS of them. */
export const TREND_MONTHS = 24;
export const HEATMAP_MONTHS = 12;
/** Hot topics: this many completed months against the same number before them. */
export const TOPIC_MONTHS = 3;
/** Talk campaigns shown: open ones and those ended within this many days. */
const CAMPAIGN_RECENT_DAYS = 90;
const DAY_MS = 24 * 3600_000;

type Client = Tx;
type PulseRow = {
  roundId: string;
  departmentId: string | null;
  ageLayer: string | null;
  sum: unknown;
  answers: unknown;
  responses: unknown;
};

/** Sums per round × department × age layer: one row per group, never one per answer. */
async function pulseAggregates(client: Client, roundIds: string[]): Promise<PulseAggregate[]> {
  if (roundIds.length === 0) return [];
  const rows = await client.$queryRaw<PulseRow[]>`
    SELECT r."roundId" AS "roundId", r."departmentId" AS "departmentId", r."ageLayer" AS "ageLayer",
           COALESCE(SUM(a."value"), 0) AS "sum", COUNT(a."value") AS "answers", COUNT(DISTINCT r."id") AS "responses"
    FROM "PulseResponse" r LEFT JOIN "PulseAnswer" a ON a."responseId" = r."id"
    WHERE r."roundId" IN (${Prisma.join(roundIds)})
    GROUP BY r."roundId", r."departmentId", r."ageLayer"`;
  return (
    rows
      // ageLayer null: released without an age layer (lib/pulse/coarsen.ts).
      .filter((r) => r.ageLayer === null || (AGE_LAYERS as readonly string[]).includes(r.ageLayer))
      .map((r) => ({
        roundId: r.roundId,
        departmentId: r.departmentId,
        ageLayer: r.ageLayer as AgeLayer | null,
        sum: Number(r.sum),
        answers: Number(r.answers),
        responses: Number(r.responses),
      }))
  );
}

/**
 * The index figures for the TREND_MONTHS months up to `now`'s month. Rounds
 * count once closed (closesAt ≤ now); reports once submitted (not DRAFT).
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
      select: { id: true, key: true },
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
          by: ["departmentId", "periodId"],
          where: {
            kind: "PERIODIC",
            status: { not: "DRAFT" },
            periodId: { in: periods.map((p) => p.id) },
          },
          _sum: { mood: true },
          _count: { _all: true },
          // One periodic report per department and period: the minimum is that report.
          _min: { id: true },
        }),
  ]);
  const moods: MoodAggregate[] = moodGroups.map((g) => ({
    departmentId: g.departmentId,
    month: monthOfPeriod.get(g.periodId!)!,
    sum: g._sum.mood ?? 0,
    count: g._count._all,
    reportId: g._count._all === 1 ? (g._min.id ?? null) : null,
  }));
  return buildSentiment({
    months,
    departments,
    rounds: rounds.map((r) => ({ id: r.id, month: monthOf(r.closesAt) })),
    pulse,
    moods,
  });
}

/** Tag counts over the last TOPIC_MONTHS completed months against the TOPIC_MONTHS before them. */
async function hotTopics(client: Client, now: Date) {
  const all = monthsEnding(previousMonth(monthOf(now)), TOPIC_MONTHS * 2);
  const windows = [all.slice(TOPIC_MONTHS), all.slice(0, TOPIC_MONTHS)];
  const counts = await Promise.all(
    windows.map((keys) =>
      client.reportTopic.groupBy({
        by: ["topicId"],
        where: { report: reportsOfMonthsWhere(keys) },
        _count: { _all: true },
      }),
    ),
  );
  const ids = [...new Set(counts.flat().map((c) => c.topicId))];
  const topics = ids.length
    ? await client.hotTopic.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, sortOrder: true },
      })
    : [];
  const [recent, previous] = counts.map(
    (rows) => new Map(rows.map((r) => [r.topicId, r._count._all])),
  );
  return {
    recentMonths: windows[0],
    previousMonths: windows[1],
    rows: topics
      .map((t) => ({
        id: t.id,
        name: t.name,
        sortOrder: t.sortOrder,
        recent: recent.get(t.id) ?? 0,
        previous: previous.get(t.id) ?? 0,
      }))
      .sort((a, b) => b.recent - a.recent || b.previous - a.previous || a.sortOrder - b.sortOrder)
      .slice(0, 10)
      .map((t) => ({ id: t.id, name: t.name, recent: t.recent, previous: t.previous })),
  };
}

async function followUpCounts(client: Client, now: Date) {
  const [active, overdue] = await Promise.all([
    client.followUp.count({ where: { status: { in: [...ACTIVE_STATUSES] } } }),
    client.followUp.count({ where: overdueWhere(now) }),
  ]);
  return { active, overdue };
}

/** Open campaigns and those ended lately, with coverage by the rule of lib/talks/queries.ts. */
async function campaignCoverage(client: Client, now: Date) {
  const campaigns = await client.talkCampaign.findMany({
    where: {
      startsOn: { lte: now },
      endsOn: { gte: new Date(now.getTime() - CAMPAIGN_RECENT_DAYS * DAY_MS) },
    },
    orderBy: [{ endsOn: "desc" }, { id: "asc" }],
    take: 6,
    select: {
      id: true,
      title: true,
      startsOn: true,
      endsOn: true,
      _count: { select: { members: true } },
    },
  });
  return Promise.all(
    campaigns.map(async (c) => {
      const covered = await client.talkCampaignMember.count({ where: coveredMemberWhere(c) });
      // endsOn is the last day of the window.
      const open = c.endsOn.getTime() + DAY_MS > now.getTime();
      return {
        id: c.id,
        title: c.title,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        open,
        members: c._count.members,
        covered,
        percent: percent(covered, c._count.members),
      };
    }),
  );
}

/** Months in the study and consultation volume (the current one included). */
export const VOLUME_MONTHS = 6;

/**
 * Per month: study activities held, 出席 recorded at them, approved self-study
 * hours (by the day studied) and consultations asked. Counts and sums in the
 * database, four small queries per month.
 */
async function studyAndConsultVolume(client: Client, now: Date) {
  const months = monthsEnding(monthOf(now), VOLUME_MONTHS);
  return Promise.all(
    months.map(async (month) => {
      const { start, end } = monthRange(month);
      const within = { gte: start, lt: end };
      const [activities, present, hours, consultations] = await Promise.all([
        client.studyActivity.count({ where: { heldAt: within } }),
        client.studyAttendance.count({
          where: { status: "PRESENT", activity: { heldAt: within } },
        }),
        client.studyLog.aggregate({
          where: { status: "APPROVED", studiedOn: within },
          _sum: { tenths: true },
        }),
        client.consultation.count({ where: { askedAt: within } }),
      ]);
      return { month, activities, present, hours: (hours._sum.tenths ?? 0) / 10, consultations };
    }),
  );
}

/** Open (not yet closed) WARNING follow-ups, by department. */
export async function openWarningFollowUps(client: Client, departmentIds: string[]) {
  if (departmentIds.length === 0) return new Map<string, string>();
  const rows = await client.followUp.findMany({
    where: {
      sourceType: "WARNING",
      departmentId: { in: departmentIds },
      status: { not: "CLOSED" },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, departmentId: true },
  });
  const out = new Map<string, string>();
  for (const r of rows)
    if (r.departmentId && !out.has(r.departmentId)) out.set(r.departmentId, r.id);
  return out;
}

export type { Viewer };

/** The figures every viewer shares: the aggregates behind all the charts. */
async function loadFigures(now: Date) {
  const [sentiment, topics, followUps, campaigns, volume] = await Promise.all([
    loadSentiment(db, now),
    hotTopics(db, now),
    followUpCounts(db, now),
    campaignCoverage(db, now),
    studyAndConsultVolume(db, now),
  ]);
  return { now, sentiment, topics, followUps, campaigns, volume };
}

/**
 * How long the page may reuse the shared figures. They are aggregates over
 * months of data; the page says when they were computed ("统计截至"), and
 * 发起督办 and the warnings' follow-up links are always read fresh.
 */
export const FIGURES_TTL_MS = 60_000;
let cached: {
  until: number;
  month: string;
  figures: Promise<Awaited<ReturnType<typeof loadFigures>>>;
} | null = null;

function sharedFigures(now: Date, reuse: boolean) {
  if (!reuse) return loadFigures(now);
  const month = monthOf(now);
  if (!cached || cached.until <= now.getTime() || cached.month !== month) {
    const figures = loadFigures(now);
    cached = { until: now.getTime() + FIGURES_TTL_MS, month, figures };
    figures.catch(() => {
      cached = null;
    });
  }
  return cached.figures;
}

/** Drops the shared figures, so that the next page view computes them afresh. */
export function forgetDashboardFigures() {
  cached = null;
}

/**
 * Everything on /dashboard, with the links this viewer may follow. With
 * `reuse`, the shared figures may come from the last FIGURES_TTL_MS.
 */
export async function getDashboard(
  viewer: Viewer,
  now: Date = new Date(),
  opts: { reuse?: boolean } = {},
) {
  if (!can(viewer.roles, "dashboard.leadership")) return null;
  const {
    sentiment,
    topics,
    followUps,
    campaigns,
    volume,
    now: asOf,
  } = await sharedFigures(now, opts.reuse ?? false);
  const [warningFollowUps, milestoneSetting] = await Promise.all([
    openWarningFollowUps(
      db,
      sentiment.warnings.map((w) => w.departmentId),
    ),
    db.setting.findUnique({ where: { key: MILESTONES_SETTING }, select: { value: true } }),
  ]);
  const may = {
    readReports: can(viewer.roles, "report.readAll"),
    manageFollowUps: can(viewer.roles, "followup.manage"),
    manageCampaigns: can(viewer.roles, "talk.campaign"),
    readStudyRankings: can(viewer.roles, "study.rankings"),
  };
  // Report ids are sent to the page only for viewers who may open the reports.
  const strip = (row: HeatRow): HeatRow =>
    may.readReports
      ? row
      : {
          ...row,
          cells: row.cells.map((c) => (c.kind === "value" ? { ...c, reportId: null } : c)),
        };
  return {
    now: asOf,
    may,
    months: sentiment.months,
    milestones: parseMilestones(milestoneSetting?.value),
    overall: sentiment.overall,
    departments: sentiment.departments.map(strip),
    other: sentiment.other,
    warnings: sentiment.warnings.map((w) => ({
      ...w,
      followUpId: warningFollowUps.get(w.departmentId) ?? null,
    })),
    topics,
    followUps,
    campaigns,
    volume,
  };
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;
