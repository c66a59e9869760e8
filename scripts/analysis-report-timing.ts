// How long drafting a quarter's 干警思想状况分析报告 takes (issue 16's speed
// target: under 2 s on the demo data), on the database in DATABASE_URL.
// Drafts the last complete quarter five times and prints the median; writes nothing.
//   npm run bench:analysis-report
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());

const { db } = await import("../lib/db");
const { draftContent } = await import("../lib/analysis-report/draft");
const { previousQuarter, quarterBounds, quarterOf } = await import("../lib/analysis-report/period");

const now = new Date();
const q = previousQuarter(quarterOf(now));
const bounds = quarterBounds(q.year, q.quarter);
const runs: number[] = [];
let figures = 0;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const content = await draftContent(bounds, now);
  runs.push(performance.now() - t0);
  figures = content.sections.reduce((a, s) => a + s.figures.length, 0);
}
runs.sort((a, b) => a - b);
console.log(
  `draft ${bounds.period.label} (${figures} figures): median ${runs[2].toFixed(0)} ms, slowest (cold) ${runs[4].toFixed(0)} ms`,
);
await db.$disconnect();
