// Reads for the leadership dashboard (晴雨表看板, dashboard.leadership). Every
// figure is aggregated in the database: moods by groupBy, pulse answers by one
// grouped SQL query, counts by count(). Only the few rounds, periods and
// groups are mapped to months here; lib/dashboard/index.ts does the arithmetic.
import "server-only";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { monthOf } from "../dates";
import { db, type Tx } from "../db";
import { readsAllFollowUps } from "../follow-ups/queries";
import { memo, memoKey } from "../memo";
import { readsAllDepartments } from "../reports/queries";
import { pulseDrivers } from "./driver-queries";
import { campaignCoverage, followUpCounts, hotTopics, studyAndConsultVolume } from "./figures";
import { heatmapRows } from "./heatmap";
import type { HeatRow } from "./index";
import { listMilestones } from "./milestone-queries";
import { loadSentiment } from "./sentiment";

// The API other modules (the department dashboard, the quarterly report) import.
export { HEATMAP_MONTHS, loadSentiment, TREND_MONTHS } from "./sentiment";
export type { Headline, MonthStatus } from "./completeness";
export type { HeatRow, Sentiment, Warning } from "./index";
export { assessWarning, type Assessment, type SeriesPoint } from "./warnings";
export { listMilestones } from "./milestone-queries";
export { MILESTONE_KINDS } from "./milestones";
export { HEATMAP_ROWS, type HeatmapRows } from "./heatmap";
// For the quarterly analysis report (lib/analysis-report): the same figures over its range, and their drill-down.
export { campaignCoverage, studyAndConsultVolume, VOLUME_MONTHS, volumeWithin } from "./figures";
export {
  ACTIVE_FOLLOW_UPS_HREF,
  campaignHref,
  OVERDUE_FOLLOW_UPS_HREF,
  topicReportsHref,
  warningReportsHref,
} from "./links";

type Client = Tx;

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
  const [sentiment, topics, campaigns, volume] = await Promise.all([
    loadSentiment(db, now),
    hotTopics(db, now),
    campaignCoverage(db, now),
    studyAndConsultVolume(db, now),
  ]);
  // After loadSentiment, which releases closed rounds whose sealed pool is still shut.
  const drivers = await pulseDrivers(db, now);
  return { now, sentiment, topics, campaigns, volume, drivers };
}

/**
 * How long the page may reuse the shared figures. They are aggregates over
 * months of data; the page says when they were computed ("统计截至"). The
 * 督办 counts, 发起督办 and the warnings' follow-up links are always read
 * fresh: they change with every follow-up, and each count links to a list
 * that must show the same number (another worker's cached copy would not).
 */
export const FIGURES_TTL_MS = 60_000;
const figuresMemo = memo<Awaited<ReturnType<typeof loadFigures>>>({
  ttlMs: FIGURES_TTL_MS,
  max: 4,
});

function sharedFigures(now: Date, reuse: boolean) {
  if (!reuse) return loadFigures(now);
  return figuresMemo.get(memoKey(monthOf(now), now, FIGURES_TTL_MS), () => loadFigures(now));
}

/**
 * One department's row of the index exactly as the dashboard shows it (pulse
 * groups masked at n ≥ 5, small departments merged into 其他部门), for the
 * department dashboard. Per month: the department's own cell, or, where its
 * pulse answers went into 其他部门, that merged group's cell; never a new cut.
 * With `reuse`, shares the dashboard's figures of the last FIGURES_TTL_MS.
 */
export async function departmentSentiment(
  department: { id: string; name: string },
  now: Date,
  reuse = true,
) {
  const { sentiment, now: asOf } = await sharedFigures(now, reuse);
  const row = sentiment.departments.find((r) => r.key === department.id) ?? null;
  return {
    asOf,
    months: sentiment.months,
    status: sentiment.status,
    overall: sentiment.overall.cells,
    cells: sentiment.months.map((_, i) => row?.cells[i] ?? ({ kind: "empty" } as const)),
    merged: sentiment.months.map((_, i) =>
      sentiment.other?.members?.[i]?.includes(department.name) ? sentiment.other.cells[i] : null,
    ),
  };
}

/** Drops the shared figures, so that the next page view computes them afresh. */
export function forgetDashboardFigures() {
  figuresMemo.forget();
}

/**
 * Everything on /dashboard, with the links this viewer may follow. With
 * `reuse`, the shared figures may come from the last FIGURES_TTL_MS. The
 * heatmap's rows are at most HEATMAP_ROWS departments unless `allDepartments`
 * (./heatmap.ts); `departments` keeps every row for the other figures.
 */
export async function getDashboard(
  viewer: Viewer,
  now: Date = new Date(),
  opts: { reuse?: boolean; allDepartments?: boolean } = {},
) {
  if (!can(viewer.roles, "dashboard.leadership")) return null;
  const {
    sentiment,
    topics,
    campaigns,
    volume,
    drivers,
    now: asOf,
  } = await sharedFigures(now, opts.reuse ?? false);
  const [warningFollowUps, milestones, followUps] = await Promise.all([
    openWarningFollowUps(
      db,
      sentiment.warnings.map((w) => w.departmentId),
    ),
    listMilestones(db),
    followUpCounts(db, now),
  ]);
  // What each figure may open: 院领导 reads the lists behind them too (report.readSummary,
  // followup.readAll, talk.campaignRead); 发起督办 and 改革节点 stay 政治处's.
  const may = {
    readReports: readsAllDepartments(viewer),
    readFollowUps: readsAllFollowUps(viewer),
    manageFollowUps: can(viewer.roles, "followup.manage"),
    readCampaigns: can(viewer.roles, "talk.campaignRead"),
    manageCampaigns: can(viewer.roles, "talk.campaign"),
    manageMilestones: can(viewer.roles, "milestone.manage"),
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
  const departments = sentiment.departments.map(strip);
  return {
    now: asOf,
    may,
    months: sentiment.months,
    status: sentiment.status,
    headline: sentiment.headline,
    milestones,
    overall: sentiment.overall,
    departments,
    heatmap: heatmapRows(departments, sentiment.warnings, sentiment.status, {
      all: opts.allDepartments,
    }),
    other: sentiment.other,
    warnings: sentiment.warnings.map((w) => ({
      ...w,
      followUpId: warningFollowUps.get(w.departmentId) ?? null,
    })),
    topics,
    followUps,
    campaigns,
    volume,
    drivers,
  };
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;
