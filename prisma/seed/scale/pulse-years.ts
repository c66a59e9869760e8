// The pulse rounds of years 3–5 back (`db:seed -- --scale N`): the demo's own
// rounds are quarterly over its two years (prisma/seed/pulse.ts); this adds a
// quarterly round, open for two weeks, for each quarter of the 36 months before
// them, with the standard questions, and has everyone of the business
// departments (the demo's and the copies') answer it as the app releases
// answers (./rounds.ts: a participation token per person, the responses
// coarsened together so that every stored (department, age layer) tuple holds
// at least 5, in id order), then sets each round's eligible count and group
// sizes. Runs after the copies, so that one pass covers everybody.
import type { Tx } from "../../../lib/db-client";
import { STANDARD_QUESTIONS } from "../../../lib/pulse/labels";
import { groupSizes } from "../../../lib/pulse/release";
import { quarterLabel, wallParts } from "../clock";
import { stableId } from "../random";
import type { ScaleContext } from "../scale";
import { DEMO_MONTHS, demoOrganisation } from "./demo-years";
import type { Write } from "./records";
import { addPulseAnswers } from "./rounds";

const DAY = 86_400_000;
/** Marks the older rounds' responses apart from the copies' (2, 3, …) in their ids. */
const ALL = 0;

/**
 * Adds the older rounds, answered by the people of the departments with a
 * head and a liaison (or of `departmentIds`); returns the rounds' ids.
 */
export async function addOlderRounds(
  tx: Tx,
  ctx: ScaleContext,
  write: Write,
  departmentIds?: string[],
): Promise<string[]> {
  const { users } = await demoOrganisation(tx, departmentIds);
  const periods = ctx.months.slice(0, ctx.months.length - 1 - DEMO_MONTHS);
  const rounds: Record<string, unknown>[] = [];
  const questions: Record<string, unknown>[] = [];
  for (const p of periods) {
    if ((wallParts(p.startsAt).month - 1) % 3 !== 1) continue; // the quarter's middle month
    const opensAt = new Date(p.startsAt.getTime() + 9 * DAY);
    const id = stableId(`scale-pulse:${p.key}`);
    rounds.push({
      id,
      title: `${quarterLabel(opensAt)}干警思想状况测评`,
      description: "",
      opensAt,
      closesAt: new Date(opensAt.getTime() + 14 * DAY),
      allowComment: true,
      eligibleCount: users.length,
      createdById: ctx.officeIds[0],
      createdAt: new Date(opensAt.getTime() - 3 * DAY),
      // Released; the sizes are set below, once the answers are in.
      groupSizes: "{}",
    });
    STANDARD_QUESTIONS.forEach((text, i) =>
      questions.push({
        id: stableId(`scale-pulse:${p.key}:q${i}`),
        roundId: id,
        position: i + 1,
        text,
      }),
    );
  }
  await write("pulseRound", rounds);
  await write("pulseQuestion", questions);
  const ids = rounds.map((r) => r.id as string);
  await addPulseAnswers(tx, ctx.rng, ALL, users, ctx.now, write, ids);
  for (const r of rounds)
    await tx.pulseRound.update({
      where: { id: r.id as string },
      data: {
        groupSizes: JSON.stringify(
          await groupSizes(tx, Number((r.closesAt as Date).toISOString().slice(0, 4))),
        ),
      },
    });
  return ids;
}
