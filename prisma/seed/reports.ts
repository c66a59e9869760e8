// Two years of liaison reports (思想动态报告) for every department with a
// liaison, with the shape the dashboards should show:
//   - a clear dip around 司法责任制改革 and 入额 (story 2025-03 … 2025-06,
//     moved with the months onto the anchor, prisma/seed/clock.ts);
//   - 第四检察部 with a persistent problem over the last eight months;
//   - a few late, missing and returned reports;
//   - the previous month filed as of the anchor day: its reports are due on
//     day 5 of the anchor's month, so on day 1–5 some are still to come and
//     after that the ones not in are late (or missing); the anchor's own month
//     is open, with a few drafts late in the month (none for 第一检察部, whose
//     liaison1 files it in the e2e walk-through).
// Staff-of-concern entries are encrypted like the app's own (docs/security.md item 19).
// The texts are in reports/texts.ts; the monthly round is built in
// reports/periodic.ts, the drafts and ad-hoc reports in reports/extra.ts.
import type { Tx } from "../../lib/db-client";
import { periodFromKey, type Period } from "../../lib/reports/periods";
import { monthKeyOf, SEED_ANCHOR, storyKey } from "./clock";
import type { Organisation } from "./org";
import { Rng, stableId } from "./random";
import { addAdhocReports, addCurrentDrafts } from "./reports/extra";
import { addPeriodicReports } from "./reports/periodic";
import type { ReportContext, SeededConcern } from "./reports/rows";
import { HOT_TOPICS } from "./reports/texts";

export type { SeededConcern };
export { HOT_TOPICS };

function monthKeys(fromKey: string, count: number): string[] {
  const [y, m] = fromKey.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  });
}

export async function seedReports(
  tx: Tx,
  org: Organisation,
): Promise<{ reports: number; concerns: SeededConcern[] }> {
  const rng = new Rng(20161107);
  const topics = HOT_TOPICS.map((name, i) => ({
    id: stableId(`topic:${name}`),
    name,
    sortOrder: (i + 1) * 10,
    active: true,
  }));
  await tx.hotTopic.createMany({ data: topics });
  const topicId = (name: string) => topics.find((t) => t.name === name)!.id;

  const keys = monthKeys(storyKey("2024-11"), 24); // the 24 months before the anchor's month
  const periods = keys.map((k) => periodFromKey(k)!) as Period[];
  const current = periodFromKey(monthKeyOf(SEED_ANCHOR))!; // the anchor's month: open
  const now = SEED_ANCHOR.getTime() - 3600_000; // nothing later than an hour before the anchor
  await tx.reportPeriod.createMany({
    data: [...periods, current].map((p) => ({
      id: stableId(`period:${p.key}`),
      key: p.key,
      label: p.label,
      frequency: p.frequency,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      dueAt: p.dueAt,
      createdAt: p.startsAt,
    })),
  });

  const ctx: ReportContext = {
    rng,
    org,
    topicId,
    rows: { reports: [], topicRows: [], events: [], concernRows: [], concerns: [] },
  };
  addPeriodicReports(ctx, periods, now);
  addCurrentDrafts(ctx, current);
  addAdhocReports(ctx, periods);

  const { reports, topicRows, events, concernRows, concerns } = ctx.rows;
  for (let i = 0; i < reports.length; i += 100)
    await tx.liaisonReport.createMany({ data: reports.slice(i, i + 100) as never });
  for (let i = 0; i < topicRows.length; i += 200)
    await tx.reportTopic.createMany({ data: topicRows.slice(i, i + 200) });
  for (let i = 0; i < events.length; i += 200)
    await tx.reportEvent.createMany({ data: events.slice(i, i + 200) as never });
  for (let i = 0; i < concernRows.length; i += 100)
    await tx.staffConcern.createMany({ data: concernRows.slice(i, i + 100) as never });
  return { reports: reports.length, concerns };
}
