// Under `--scale` only: the appraisal of the 院's years 3–5 back (the years
// before the demo's archived cycle), one archived 年度 cycle each, run through
// the app's own code as the demo's cycles are (launch with the people on the
// roll by the year's end, every task scored, AUTO indicators from that year's
// records, snapshot, ranks and grades, 公示, archive), without calibrations,
// objections or honours. A 院 five years in has its five years of results.
// Written after the main seed has committed, as appraisal-cycles.ts is; if a
// step fails, the cycles written so far are removed again.
import { launchCycle } from "../../lib/appraisal/cycles/launch";
import { createCycleFrom } from "../../lib/appraisal/cycles/setup";
import { snapshotCycle } from "../../lib/appraisal/results/snapshot";
import { rerank } from "../../lib/appraisal/review/writes";
import { db } from "../../lib/db";
import { officeUser, score, TX } from "./appraisal-cycles";
import { storyAt } from "./clock";
import { Rng, stableId } from "./random";

/** The story's years of these cycles: the three before the demo's archived 2025 cycle. */
export const EARLIER_STORY_YEARS = [2022, 2023, 2024];

const at = (storyYear: number, monthDay: string) => storyAt(`${storyYear}-${monthDay}`);

async function archivedCycle(storyYear: number, templateId: string, rng: Rng) {
  const id = stableId(`appraisal-cycle:${storyYear}`);
  const year = Number(at(storyYear, "07-01").toISOString().slice(0, 4));
  const po = await officeUser(db);
  await db.$transaction(async (tx) => {
    await createCycleFrom(tx, {
      title: `${year} 年度工作人员绩效考评`,
      year,
      half: null,
      source: { templateId },
      createdById: po.id,
      id,
      newId: stableId,
    });
    await tx.appraisalCycle.update({
      where: { id },
      data: {
        status: "SCORING",
        scoringDueAt: at(storyYear + 1, "01-20"),
        createdAt: at(storyYear, "12-20"),
      },
    });
    await launchCycle(tx, id, at(storyYear + 1, "01-05T09:00"), {
      newId: stableId,
      notify: false,
      onRollBy: at(storyYear, "12-31T23:59"),
    });
    await score(tx, id, rng, 1, at(storyYear + 1, "01-16T15:00"));
  }, TX);
  const snapped = at(storyYear + 1, "01-25T10:00");
  await db.$transaction(async (tx) => {
    await tx.appraisalCycle.update({
      where: { id },
      data: { status: "CALIBRATION", updatedAt: snapped },
    });
    await snapshotCycle(tx, id, snapped);
    await rerank(tx, id, true);
    const archived = at(storyYear + 1, "02-10T09:00");
    await tx.appraisalCycle.update({
      where: { id },
      data: {
        status: "ARCHIVED",
        lockedAt: at(storyYear + 1, "01-27T09:00"),
        publicityStartsAt: at(storyYear + 1, "01-27T09:00"),
        publicityEndsAt: at(storyYear + 1, "02-03"),
        archivedAt: archived,
        updatedAt: archived,
      },
    });
  }, TX);
  return id;
}

/** The archived cycles of the story's 2022–2024; the number of cycles written. */
export async function seedEarlierCycles(): Promise<number> {
  const rng = new Rng(20220101);
  const template = await db.appraisalTemplate.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const done: string[] = [];
  try {
    for (const y of EARLIER_STORY_YEARS) done.push(await archivedCycle(y, template.id, rng));
    return done.length;
  } catch (e) {
    await db.appraisalCycle.deleteMany({
      where: { id: { in: EARLIER_STORY_YEARS.map((y) => stableId(`appraisal-cycle:${y}`)) } },
    });
    throw e;
  }
}
