// What a draft reads from the data, over its range. The index, the heatmap,
// the warnings, campaign coverage and the study/consultation volume come from
// the dashboard's own functions (lib/dashboard/queries.ts) called "as of" the
// end of the range, so a quarter's figures are the dashboard's figures for
// those months. The rest are counts and groupings in the database over
// [start, end); no content of a letter, a talk or a concern is ever read.
import "server-only";

import {
  campaignCoverage,
  listMilestones,
  loadSentiment,
  volumeWithin,
} from "../dashboard/queries";
import { monthOf, monthRange, monthsBetween, shanghaiDayKey } from "../dates";
import { db, type Tx } from "../db";
import { activeBusinessUser } from "../people/active";
import { AGE_LAYERS, birthYearRange } from "../people/age";
import { reportsOfMonthsWhere } from "../reports/queries";
import type { PeriodBounds } from "./period";

const HOUR_MS = 3600_000;

/** The instant the figures are read at: the end of the range, or now if the range is not over. */
export function asOfFor(b: { end: Date }, now: Date): Date {
  return new Date(Math.min(b.end.getTime(), now.getTime()) - 1);
}

/** Tag counts of the reports of these months (the dashboard's hot-topic rule, over any months). */
async function topicCounts(client: Tx, months: string[]) {
  if (months.length === 0) return new Map<string, number>();
  const rows = await client.reportTopic.groupBy({
    by: ["topicId"],
    where: { report: reportsOfMonthsWhere(months) },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.topicId, r._count._all]));
}

/**
 * The dashboard's study and consultation volume for every month of the
 * range, counted within the range: a quarter's months whole (the dashboard's
 * figures), the first and last month of a free range only from its start
 * and up to its end.
 */
async function volumeOf(client: Tx, months: string[], b: { start: Date; end: Date }) {
  return Promise.all(
    months.map((m) => {
      const r = monthRange(m);
      const start = new Date(Math.max(r.start.getTime(), b.start.getTime()));
      const end = new Date(Math.min(r.end.getTime(), b.end.getTime()));
      return volumeWithin(client, m, start, end);
    }),
  );
}

/**
 * Talk coverage by age layer (老/中/青, as of the range's last year): active
 * staff of each layer, and how many of them had a talk in the range.
 */
async function talkCoverageByAge(client: Tx, within: { gte: Date; lt: Date }, year: number) {
  return Promise.all(
    AGE_LAYERS.map(async (layer) => {
      const people = { ...activeBusinessUser, birthYear: birthYearRange(layer, year) };
      const [staff, talkedTo] = await Promise.all([
        client.user.count({ where: people }),
        client.user.count({
          where: { ...people, talksAsInterviewee: { some: { heldOn: within } } },
        }),
      ]);
      return { layer, staff, talkedTo };
    }),
  );
}

export async function loadSources(b: PeriodBounds, now: Date, client: Tx = db) {
  const asOf = asOfFor(b, now);
  const { start, end } = b;
  const within = { gte: start, lt: end };
  const months = b.period.months;
  const previousMonths = monthsBetween(
    monthOf(new Date(start.getTime() - (end.getTime() - start.getTime()))),
    monthOf(new Date(start.getTime() - 1)),
  ).slice(-months.length);
  const [
    sentiment,
    topicsNow,
    topicsBefore,
    topicNames,
    rounds,
    concerns,
    followUps,
    talks,
    campaigns,
    consultations,
    consultTags,
    answered,
    volume,
    letters,
    matters,
    cycles,
  ] = await Promise.all([
    loadSentiment(client, asOf),
    topicCounts(client, months),
    topicCounts(client, previousMonths),
    client.hotTopic.findMany({ select: { id: true, name: true, sortOrder: true } }),
    client.pulseRound.findMany({
      where: { closesAt: { ...within, lte: asOf } },
      orderBy: { closesAt: "asc" },
      select: {
        id: true,
        title: true,
        closesAt: true,
        eligibleCount: true,
        _count: { select: { participations: true } },
      },
    }),
    client.staffConcern.groupBy({
      by: ["kind"],
      where: { report: reportsOfMonthsWhere(months) },
      _count: { _all: true },
    }),
    client.followUp.groupBy({
      by: ["status"],
      where: { createdAt: within },
      _count: { _all: true },
    }),
    client.talkRecord.groupBy({
      by: ["occasion"],
      where: { heldOn: within },
      _count: { _all: true },
    }),
    campaignCoverage(client, asOf),
    client.consultation.count({ where: { askedAt: within } }),
    client.consultationTag.groupBy({
      by: ["tag"],
      where: { consultation: { askedAt: within } },
      _count: { _all: true },
    }),
    client.consultation.findMany({
      where: { askedAt: within, status: "ANSWERED", answeredAt: { not: null } },
      select: { askedAt: true, answeredAt: true },
    }),
    volumeOf(client, months, b),
    client.mailboxMessage.groupBy({
      by: ["category", "status"],
      where: {
        receivedOn: { gte: b.period.from, lte: shanghaiDayKey(new Date(end.getTime() - 1)) },
      },
      _count: { _all: true },
    }),
    client.majorMatterReport.groupBy({
      by: ["category", "status"],
      where: { createdAt: within },
      _count: { _all: true },
    }),
    client.appraisalCycle.findMany({
      where: { periodStart: { lt: end }, periodEnd: { gt: start }, launchedAt: { not: null } },
      orderBy: { periodStart: "asc" },
      select: {
        id: true,
        title: true,
        status: true,
        _count: { select: { sheets: true } },
      },
    }),
  ]);
  // The 改革节点 the dashboard's trend shades, those overlapping the range's months.
  const milestones = (await listMilestones(client)).filter(
    (m) => m.from <= months[months.length - 1] && m.to >= months[0],
  );
  const ageCoverage = await talkCoverageByAge(
    client,
    within,
    Number(shanghaiDayKey(new Date(end.getTime() - 1)).slice(0, 4)),
  );
  const cycleProgress = await Promise.all(
    cycles.map(async (c) => {
      const [tasks, done] = await Promise.all([
        client.appraisalAssignment.count({ where: { sheet: { cycleId: c.id } } }),
        client.appraisalAssignment.count({
          where: { sheet: { cycleId: c.id }, scoredAt: { not: null } },
        }),
      ]);
      return { ...c, tasks, done };
    }),
  );
  return {
    asOf,
    months,
    previousMonths,
    sentiment,
    topics: { now: topicsNow, before: topicsBefore, names: topicNames },
    rounds,
    concerns: concerns.map((c) => ({ kind: c.kind, count: c._count._all })),
    followUps: followUps.map((f) => ({ status: f.status, count: f._count._all })),
    talks: talks.map((t) => ({ occasion: t.occasion, count: t._count._all })),
    ageCoverage,
    campaigns: campaigns.filter((c) => c.startsOn < end && c.endsOn >= start),
    consult: {
      total: consultations,
      tags: consultTags.map((t) => ({ tag: t.tag, count: t._count._all })),
      durations: answered.map((a) => (a.answeredAt!.getTime() - a.askedAt.getTime()) / HOUR_MS),
    },
    volume,
    letters: letters.map((l) => ({ category: l.category, status: l.status, count: l._count._all })),
    matters: matters.map((m) => ({ category: m.category, status: m.status, count: m._count._all })),
    cycles: cycleProgress,
    milestones,
  };
}

export type Sources = Awaited<ReturnType<typeof loadSources>>;
