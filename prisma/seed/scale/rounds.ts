// The scaled departments' people in the院-wide records that already exist
// (prisma/seed/scale.ts): their attendance at the 院-wide study activities,
// and their answers to the closed pulse rounds, written as the app releases
// them: participation tokens, responses coarsened on their own so that every
// stored (department, age layer) tuple holds at least 5 (lib/pulse/coarsen.ts;
// the demo's own responses already do, so the union does), and the round's
// group sizes and eligible counts recounted once at the end.
import type { Tx } from "../../../lib/db-client";
import { ageLayerOf } from "../../../lib/people/age";
import { coarsen } from "../../../lib/pulse/coarsen";
import { participationToken } from "../../../lib/pulse/participation";
import { groupSizes } from "../../../lib/pulse/release";
import { stableId, type Rng } from "../random";
import type { ScaleUser } from "./org";

type Write = (model: string, rows: Record<string, unknown>[]) => Promise<void>;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export async function addAttendance(tx: Tx, rng: Rng, users: ScaleUser[], now: Date, write: Write) {
  const activities = await tx.studyActivity.findMany({
    where: { scopeType: { in: ["ALL", "PARTY_MEMBERS"] } },
    select: { id: true, scopeType: true, heldAt: true, organiserId: true, recordedAt: true },
    orderBy: { id: "asc" },
  });
  const rows: Record<string, unknown>[] = [];
  for (const a of activities) {
    const done = a.heldAt < now && a.recordedAt !== null;
    for (const u of users) {
      if (a.scopeType === "PARTY_MEMBERS" && !u.partyMember) continue;
      const r = rng.float();
      const status = !done ? null : r < 0.88 ? "PRESENT" : r < 0.97 ? "LEAVE" : "ABSENT";
      rows.push({
        activityId: a.id,
        userId: u.id,
        status,
        recordedById: status ? a.organiserId : null,
        recordedAt: status ? a.recordedAt : null,
      });
    }
  }
  await write("studyAttendance", rows);
  return rows.length;
}

export async function addPulseAnswers(
  tx: Tx,
  rng: Rng,
  copy: number,
  users: ScaleUser[],
  now: Date,
  write: Write,
  /** Only these rounds (./pulse-years.ts); every closed released round by default. */
  roundIds?: string[],
) {
  const rounds = await tx.pulseRound.findMany({
    where: {
      closesAt: { lte: now },
      groupSizes: { not: null },
      ...(roundIds ? { id: { in: roundIds } } : {}),
    },
    select: {
      id: true,
      closesAt: true,
      questions: { select: { id: true }, orderBy: { position: "asc" } },
    },
    orderBy: { closesAt: "asc" },
  });
  let total = 0;
  for (const round of rounds) {
    const year = Number(round.closesAt.toISOString().slice(0, 4));
    const respondents = rng.shuffle(users.filter(() => rng.chance(0.75)));
    const responses = respondents.map((u, i) => ({
      id: stableId(`pulse-response:${round.id}:${copy}:${i}`),
      departmentId: u.departmentId as string | null,
      ageLayer: ageLayerOf(u.birthYear, year),
      latent: 3.7 + (rng.float() - 0.5) * 1.4,
    }));
    responses.sort((a, b) => a.id.localeCompare(b.id));
    const coarse = coarsen(responses);
    if (!coarse) continue;
    await write(
      "pulseParticipation",
      respondents
        .map((u) => ({ roundId: round.id, token: participationToken(round.id, u.id) }))
        .sort((a, b) => a.token.localeCompare(b.token)),
    );
    await write(
      "pulseResponse",
      responses.map((r, i) => ({ id: r.id, roundId: round.id, ...coarse[i] })),
    );
    await write(
      "pulseAnswer",
      responses.flatMap((r) =>
        round.questions.map((q) => ({
          responseId: r.id,
          questionId: q.id,
          value: clamp(Math.round(r.latent + (rng.float() - 0.5) * 1.6), 1, 5),
        })),
      ),
    );
    total += responses.length;
  }
  return total;
}

/** After all copies: each released round's base counts the new people too. */
export async function recountRounds(tx: Tx, added: number, now: Date) {
  const rounds = await tx.pulseRound.findMany({
    where: { closesAt: { lte: now }, groupSizes: { not: null } },
    select: { id: true, closesAt: true },
  });
  for (const round of rounds)
    await tx.pulseRound.update({
      where: { id: round.id },
      data: {
        eligibleCount: { increment: added },
        groupSizes: JSON.stringify(
          await groupSizes(tx, Number(round.closesAt.toISOString().slice(0, 4))),
        ),
      },
    });
}
