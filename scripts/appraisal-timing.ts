// How long the appraisal's AUTO indicators take for a whole cycle (issue 14's
// speed target: under 2 s for a cycle of 150 people), on the database in
// DATABASE_URL: launches a throw-away cycle from the first template inside a
// transaction that is rolled back, then times computeCycle with and without
// the evidence lists. Prints the figures; changes nothing.
//   npx tsx --conditions=react-server scripts/appraisal-timing.ts
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());

const { db } = await import("../lib/db");
const { createCycleFrom } = await import("../lib/appraisal/cycles/setup");
const { launchCycle } = await import("../lib/appraisal/cycles/launch");
const { computeCycle } = await import("../lib/appraisal/results/compute");

const template = await db.appraisalTemplate.findFirst({ orderBy: { createdAt: "asc" } });
const po = await db.user.findFirst({ where: { roles: { some: { role: "POLITICAL_OFFICE" } } } });
if (!template || !po) throw new Error("no template or 政治处 user: seed the database first");

// Committed, timed, then deleted (computeCycle reads committed rows).
const cycle = await db.$transaction(async (tx) => {
  const c = await createCycleFrom(tx, {
    title: "计时用周期（自动删除）",
    year: new Date().getFullYear(),
    half: null,
    source: { templateId: template.id },
    createdById: po.id,
  });
  await launchCycle(tx, c.id, new Date());
  await tx.appraisalCycle.update({ where: { id: c.id }, data: { status: "SCORING" } });
  return c;
});
try {
  const people = await db.appraisalSheet.count({
    where: { cycleId: cycle.id, subjectType: "PERSON" },
  });
  for (const withEvidence of [false, true]) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await computeCycle(cycle.id, { now: new Date(), withEvidence, closing: false });
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    console.log(
      `AUTO indicators for ${people} people${withEvidence ? " with evidence" : ""}: median ${runs[2].toFixed(0)} ms, max ${runs[4].toFixed(0)} ms`,
    );
  }
} finally {
  await db.notification.deleteMany({ where: { link: `/appraisal/${cycle.id}/score` } });
  await db.appraisalCycle.delete({ where: { id: cycle.id } });
  await db.$disconnect();
}
