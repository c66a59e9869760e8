// How long the data of /study/rankings and of the cycle console /appraisal/[id]
// (a cycle in 打分中) take for 政治处 (zzc) on the database in DATABASE_URL
// (issue 18): the median of 10 calls each, as the page reads it (kept
// figures) and computed afresh. Prints the figures; changes nothing.
//   DATABASE_URL=file:/tmp/x.db npx tsx --conditions=react-server scripts/rankings-console-timing.ts
import nextEnv from "@next/env";

import { timeMedian } from "./bench/timing";

nextEnv.loadEnvConfig(process.cwd());

const RUNS = 10;
const { db } = await import("../lib/db");
const { shanghaiYear } = await import("../lib/dates");
const rankings = await import("../lib/study/rankings/queries");
const { studyYears } = await import("../lib/study/points/queries");
const appraisal = await import("../lib/appraisal/queries");

const zzc = await db.user.findFirstOrThrow({
  where: { username: "zzc" },
  select: {
    id: true,
    username: true,
    realName: true,
    departmentId: true,
    position: true,
    department: { select: { name: true } },
    roles: { select: { role: true } },
  },
});
const viewer: import("../lib/auth/session").SessionUser = {
  ...zzc,
  sessionId: "timing",
  departmentName: zzc.department?.name ?? null,
  roles: zzc.roles.map((r) => r.role as import("../lib/auth/roles").Role),
  mustChangePassword: false,
};
const cycle = await db.appraisalCycle.findFirstOrThrow({
  where: { status: "SCORING" },
  select: { id: true },
});
const year = shanghaiYear();

const time = (label: string, fn: () => Promise<unknown>) =>
  timeMedian(label, fn, { runs: RUNS, width: 34 });

await time("rankings page data", async () => {
  await studyYears();
  await rankings.loadRankings(viewer, year);
});
await time("rankings computed afresh", async () => {
  rankings.forgetRankings();
  await rankings.loadRankings(viewer, year);
});
await time("console page data", async () => {
  await appraisal.getCycle(viewer, cycle.id);
  await appraisal.scoringProgressPage(cycle.id, new Date(), { page: 1 });
});
let later = 0; // a clock a minute further on each call: the kept counts never serve
await time("console progress computed afresh", () =>
  appraisal.scoringProgressPage(cycle.id, new Date(Date.now() + ++later * 61_000), { page: 1 }),
);
console.log(
  `people ${await db.user.count()}, scorers ${(await appraisal.scoringProgress(cycle.id, new Date())).scorers.length}`,
);
await db.$disconnect();
