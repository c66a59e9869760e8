// About 120 talks over the two years, weighted by month and dense in the
// reform months, held by heads, 政治处 and leaders; a few need follow-up.
import { SEED_LAUNCH_DATE, SEED_REFERENCE_DATE, storyKey } from "../clock";
import { DAY, monthKey, type TalkContext } from "./records";
import { CONCERNS, NOTES } from "./texts";

const REFORM_MONTHS = new Set(["2025-03", "2025-04", "2025-05", "2025-06"].map((k) => storyKey(k)));

/** Adds the general talks; returns how many. */
export function addGeneralTalks(ctx: TalkContext): number {
  const { rng, business, interviewerFor, makeTalk } = ctx;
  const start = SEED_LAUNCH_DATE.getTime();
  const span = SEED_REFERENCE_DATE.getTime() - start;
  let n = 0;
  while (n < 120) {
    const heldOn = new Date(start + Math.floor(rng.float() * span));
    const reform = REFORM_MONTHS.has(monthKey(heldOn));
    if (!reform && rng.chance(0.55)) continue;
    const p = rng.pick(business);
    if (p.joinedAt.getTime() > heldOn.getTime()) continue;
    const newHire = heldOn.getTime() - p.joinedAt.getTime() < 60 * DAY;
    const occasion = newHire
      ? "NEW_HIRE"
      : reform
        ? rng.weighted([
            ["REFORM", 6],
            ["FLUCTUATION", 2],
            ["ROUTINE", 1],
            ["POST_CHANGE", 1],
          ] as const)
        : p.birthYear <= 1967 && rng.chance(0.5)
          ? "PRE_RETIREMENT"
          : rng.weighted([
              ["ROUTINE", 6],
              ["POST_CHANGE", 2],
              ["FLUCTUATION", 2],
            ] as const);
    const by = interviewerFor(p);
    const followUp = occasion === "FLUCTUATION" || (occasion === "REFORM" && rng.chance(0.15));
    makeTalk(`general:${n}`, p, by, heldOn, occasion, rng.pick(NOTES[occasion]), null, {
      concerns: rng.chance(0.35) ? rng.pick(CONCERNS) : undefined,
      needsFollowUp: followUp && rng.chance(0.6),
    });
    n++;
  }
  return n;
}
