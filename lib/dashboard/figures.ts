// The dashboard's figures beside the sentiment index: hot topics, follow-up
// counts, talk campaign coverage, and study and consultation volume. Each is
// counted in the database; queries.ts puts them together.
import "server-only";

import { monthOf, monthRange, monthsEnding, previousMonth } from "../dates";
import type { Tx } from "../db";
import { ACTIVE_STATUSES, overdueWhere } from "../follow-ups/queries";
import { percent } from "../format";
import { reportsOfMonthsWhere } from "../reports/queries";
import { coveredCounts } from "../talks/queries";

/** Hot topics: this many completed months against the same number before them. */
export const TOPIC_MONTHS = 3;
/** Talk campaigns shown: open ones and those ended within this many days. */
const CAMPAIGN_RECENT_DAYS = 90;
const DAY_MS = 24 * 3600_000;

type Client = Tx;

/** Tag counts over the last TOPIC_MONTHS completed months against the TOPIC_MONTHS before them. */
export async function hotTopics(client: Client, now: Date) {
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

export async function followUpCounts(client: Client, now: Date) {
  const [active, overdue] = await Promise.all([
    client.followUp.count({ where: { status: { in: [...ACTIVE_STATUSES] } } }),
    client.followUp.count({ where: overdueWhere(now) }),
  ]);
  return { active, overdue };
}

/** Open campaigns and those ended lately, with coverage by the talks rule (coveredMemberWhere). */
export async function campaignCoverage(client: Client, now: Date) {
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
  const coveredOf = await coveredCounts(client, campaigns);
  return campaigns.map((c) => {
    const covered = coveredOf.get(c.id) ?? 0;
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
  });
}

/** Months in the study and consultation volume (the current one included). */
export const VOLUME_MONTHS = 6;

/**
 * Per month: study activities held, 出席 recorded at them, approved self-study
 * hours (by the day studied) and consultations asked. Counts and sums in the
 * database, four small queries per month.
 */
export async function studyAndConsultVolume(client: Client, now: Date) {
  const months = monthsEnding(monthOf(now), VOLUME_MONTHS);
  return Promise.all(
    months.map((month) => {
      const { start, end } = monthRange(month);
      return volumeWithin(client, month, start, end);
    }),
  );
}

/**
 * One month's study and consultation volume within [start, end): the whole
 * month on the dashboard, the part of it inside a report's date range.
 */
export async function volumeWithin(client: Client, month: string, start: Date, end: Date) {
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
}
