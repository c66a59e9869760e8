// One-off conversion of pulse data written before participation tokens and
// the sealed pool (migration 20261207050439_pulse_unlinkable). SQL cannot
// compute the keyed tokens, so the migration keeps the old (roundId, userId)
// rows in PulseParticipationLegacy, and this function, run at start-up
// (lib/startup.ts), by the seed and by `npm run db:seed`:
//   1. turns every legacy row into its token and deletes it;
//   2. moves the responses of rounds still open into the sealed pool;
//   3. releases again, coarsened, every closed round with a stored
//      (department, age layer) tuple of fewer than 5 responses, and seals
//      closed rounds of fewer than 5 responses in all.
// Idempotent: with nothing left to convert it makes two reads. Safe when
// several processes run it at once: PostgreSQL takes an advisory lock, and
// SQLite's write transactions run one at a time (BEGIN IMMEDIATE).
// Afterwards the freed pages, which still hold the old rows, are wiped:
// VACUUM on SQLite, VACUUM FULL of the pulse tables on PostgreSQL.
// Remove with PulseParticipationLegacy in a later release.
import "server-only";

import { decryptText } from "../crypto";
import type { Db, Tx } from "../db-client";
import type { Provider } from "../db-url";
import { AGE_LAYERS, type AgeLayer } from "../people/age";
import { participationToken } from "./participation";
import { insertSealed, releaseRound, rewriteParticipation } from "./release";

const LOCK_KEY = 7_260_417; // pg_advisory_xact_lock key of this conversion

export type LegacyOutcome = { tokens: number; sealedRounds: number; releasedRounds: number };

async function pending(client: Tx, now: Date) {
  const [legacy, tuples] = await Promise.all([
    client.pulseParticipationLegacy.count(),
    client.pulseResponse.groupBy({
      by: ["roundId", "departmentId", "ageLayer"],
      _count: { _all: true },
    }),
  ]);
  const roundIds = [...new Set(tuples.map((t) => t.roundId))];
  const rounds = roundIds.length
    ? await client.pulseRound.findMany({
        where: { id: { in: roundIds } },
        select: { id: true, closesAt: true },
      })
    : [];
  const open = rounds.filter((r) => r.closesAt.getTime() > now.getTime()).map((r) => r.id);
  const small = new Set(tuples.filter((t) => t._count._all < 5).map((t) => t.roundId));
  const closed = rounds
    .filter((r) => r.closesAt.getTime() <= now.getTime() && small.has(r.id))
    .map((r) => r.id);
  return { legacy, open, closed };
}

export async function migrateLegacyPulse(
  client: Db,
  provider: Provider,
  now: Date = new Date(),
): Promise<LegacyOutcome> {
  const first = await pending(client, now);
  if (first.legacy === 0 && first.open.length === 0 && first.closed.length === 0)
    return { tokens: 0, sealedRounds: 0, releasedRounds: 0 };

  const out = await client.$transaction(
    async (tx) => {
      if (provider === "postgresql")
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
      const todo = await pending(tx, now); // another process may have done it meanwhile
      const result: LegacyOutcome = { tokens: 0, sealedRounds: 0, releasedRounds: 0 };

      // 1. Participation: tokens in, user ids out.
      if (todo.legacy > 0) {
        const legacy = await tx.pulseParticipationLegacy.findMany({
          select: { roundId: true, userId: true },
        });
        const existing = new Set(
          (
            await tx.pulseParticipation.findMany({
              where: { roundId: { in: [...new Set(legacy.map((l) => l.roundId))] } },
              select: { roundId: true, token: true },
            })
          ).map((p) => `${p.roundId}|${p.token}`),
        );
        const rounds = new Set(
          (
            await tx.pulseRound.findMany({
              where: { id: { in: [...new Set(legacy.map((l) => l.roundId))] } },
              select: { id: true },
            })
          ).map((r) => r.id),
        );
        const rows = legacy
          .filter((l) => rounds.has(l.roundId))
          .map((l) => ({ roundId: l.roundId, token: participationToken(l.roundId, l.userId) }))
          .filter((r) => !existing.has(`${r.roundId}|${r.token}`))
          .sort((a, b) => (a.roundId + a.token < b.roundId + b.token ? -1 : 1));
        for (let i = 0; i < rows.length; i += 500)
          await tx.pulseParticipation.createMany({ data: rows.slice(i, i + 500) });
        await tx.pulseParticipationLegacy.deleteMany({});
        for (const id of rounds) await rewriteParticipation(tx, provider, id);
        result.tokens = rows.length;
      }

      // 2. Open rounds: their responses go back into the sealed pool until the round closes.
      for (const roundId of todo.open) {
        const responses = await tx.pulseResponse.findMany({
          where: { roundId },
          select: {
            departmentId: true,
            ageLayer: true,
            commentEnc: true,
            answers: { select: { questionId: true, value: true } },
          },
        });
        await tx.pulseAnswer.deleteMany({ where: { response: { roundId } } });
        await tx.pulseResponse.deleteMany({ where: { roundId } });
        await insertSealed(
          tx,
          roundId,
          responses.map((r) => ({
            departmentId: r.departmentId,
            ageLayer:
              r.ageLayer !== null && (AGE_LAYERS as readonly string[]).includes(r.ageLayer)
                ? (r.ageLayer as AgeLayer)
                : null,
            answers: r.answers,
            comment: r.commentEnc ? decryptText(r.commentEnc) : null,
          })),
        );
        result.sealedRounds++;
      }

      // 3. Closed rounds with small tuples: released again under the release rule.
      for (const roundId of todo.closed) {
        const r = await releaseRound(tx, provider, roundId, { now, recoarsen: true });
        if (r === "released") result.releasedRounds++;
        if (r === "kept-sealed") result.sealedRounds++;
      }
      return result;
    },
    { timeout: 600_000, maxWait: 600_000 },
  );

  if (out.tokens + out.sealedRounds + out.releasedRounds > 0)
    await wipeFreedPages(client, provider);
  return out;
}

/** The deleted rows stay in free pages (SQLite) or as dead tuples (PostgreSQL) until these rewrite the files. */
async function wipeFreedPages(client: Db, provider: Provider) {
  try {
    if (provider === "postgresql") {
      for (const t of [
        "PulseParticipationLegacy",
        "PulseParticipation",
        "PulseResponse",
        "PulseAnswer",
        "PulseSealed",
      ])
        await client.$executeRawUnsafe(`VACUUM FULL "${t}"`);
    } else {
      await client.$executeRawUnsafe("VACUUM");
    }
  } catch (e) {
    console.error("[pulse legacy] could not wipe the freed pages; run VACUUM by hand", e);
  }
}
