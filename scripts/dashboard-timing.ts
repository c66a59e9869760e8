// How long each block of /dashboard's data takes on the database in
// DATABASE_URL (issue 18): the median of RUNS calls of each loader alone, the
// whole getDashboard without the shared-figures memo, and the size of what
// the heatmap and warnings hand to the page. Prints the figures; changes
// nothing but what loadSentiment itself releases (closed pulse rounds).
//   DATABASE_URL=file:/tmp/x.db npx tsx --conditions=react-server scripts/dashboard-timing.ts
import nextEnv from "@next/env";

import type { Viewer } from "../lib/auth/session";
import { timeMedian } from "./bench/timing";

nextEnv.loadEnvConfig(process.cwd());

const RUNS = Number(process.env.RUNS ?? 10);
const { db } = await import("../lib/db");
const q = await import("../lib/dashboard/queries");
const { hotTopics, followUpCounts, studyAndConsultVolume } =
  await import("../lib/dashboard/figures");
const { pulseDrivers } = await import("../lib/dashboard/driver-queries");

const leader = await db.user.findFirstOrThrow({
  where: { username: "leader" },
  select: { id: true, username: true, departmentId: true, roles: { select: { role: true } } },
});
const viewer = { ...leader, roles: leader.roles.map((r) => r.role) as Viewer["roles"] };
const now = new Date();

const time = (label: string, fn: () => Promise<unknown>) =>
  timeMedian(label, fn, { runs: RUNS, width: 22 });

const sentiment = await q.loadSentiment(db, now);
await time("loadSentiment", () => q.loadSentiment(db, now));
await time("hotTopics", () => hotTopics(db, now));
await time("campaignCoverage", () => q.campaignCoverage(db, now));
await time("studyAndConsultVolume", () => studyAndConsultVolume(db, now));
await time("pulseDrivers", () => pulseDrivers(db, now));
await time("openWarningFollowUps", () =>
  q.openWarningFollowUps(
    db,
    sentiment.warnings.map((w) => w.departmentId),
  ),
);
await time("listMilestones", () => q.listMilestones(db));
await time("followUpCounts", () => followUpCounts(db, now));
await time("getDashboard (no memo)", () => q.getDashboard(viewer, now, { reuse: false }));
await time("getDashboard (memo)", () => q.getDashboard(viewer, now, { reuse: true }));

const d = (await q.getDashboard(viewer, now))!;
const kB = (x: unknown) => `${(JSON.stringify(x).length / 1024).toFixed(1)} kB`;
console.log(
  `departments ${await db.department.count()}, heatmap rows ${d.departments.length}` +
    `, warnings ${d.warnings.length}, getDashboard JSON ${kB(d)}, rows ${kB(d.departments)}, heatmap rows drawn ${d.heatmap.rows.length} (${kB(d.heatmap.rows)})`,
);
await db.$disconnect();
