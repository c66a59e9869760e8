// Releasing a closed round (docs/security.md item 17, docs/barometer.md "Anonymity
// design"): the sealed pool of the round is decrypted, every response gets
// the coarsened department and age layer of lib/pulse/coarsen.ts, and the
// responses are written to PulseResponse/PulseAnswer with fresh random ids,
// in id order, all in one transaction (on PostgreSQL: one xmin, a heap order
// that follows the random ids). The sealed rows are then deleted. Responses
// already released for the round (from an older release or an older
// version of the portal) are taken in and released again with the new ones.
//
// Idempotent and safe under concurrency: on PostgreSQL the round row is
// locked FOR UPDATE, as answerPulse does, so an answer either commits before
// the release reads the pool or sees the round closed; on SQLite every write
// transaction begins IMMEDIATE (patches/) and so runs alone.
//
// Takes its client and provider as arguments: the seed and start-up code
// call it with their own clients.
import "server-only";

import { decryptText, encryptText } from "../crypto";
import { shanghaiYear } from "../dates";
import type { Tx } from "../db-client";
import type { Provider } from "../db-url";
import { activeBusinessUser } from "../people/active";
import { AGE_LAYERS, ageLayerOf, type AgeLayer } from "../people/age";
import { coarsen, type Attributes } from "./coarsen";
import { randomResponseId } from "./ids";
import { seal, unseal, type SealedAnswer } from "./sealed";

/** Population per department ("" = no department) and age layer, as stored in PulseRound.groupSizes. */
export type GroupSizes = Record<string, Partial<Record<AgeLayer, number>>>;

export type ReleaseOutcome = "released" | "kept-sealed" | "open" | "nothing";

const isLayer = (l: string | null): l is AgeLayer =>
  l !== null && (AGE_LAYERS as readonly string[]).includes(l);

/** Locks the round row on PostgreSQL (no-op on SQLite, whose write transactions already run one at a time). */
export async function lockRound(tx: Tx, provider: Provider, roundId: string) {
  if (provider === "postgresql")
    await tx.$queryRaw`SELECT "id" FROM "PulseRound" WHERE "id" = ${roundId} FOR UPDATE`;
}

/** Active business staff per department and age layer (in the year the round opened). */
export async function groupSizes(tx: Tx, year: number): Promise<GroupSizes> {
  const people = await tx.user.findMany({
    where: activeBusinessUser,
    select: { departmentId: true, birthYear: true },
  });
  const out: GroupSizes = {};
  for (const p of people) {
    const row = (out[p.departmentId ?? ""] ??= {});
    const l = ageLayerOf(p.birthYear, year);
    row[l] = (row[l] ?? 0) + 1;
  }
  return out;
}

/**
 * Releases one round if it is closed and has sealed answers (or, with
 * `recoarsen`, whenever a stored tuple holds fewer than 5 responses). Run
 * inside a transaction.
 */
export async function releaseRound(
  tx: Tx,
  provider: Provider,
  roundId: string,
  opts: { now?: Date; recoarsen?: boolean } = {},
): Promise<ReleaseOutcome> {
  const now = opts.now ?? new Date();
  await lockRound(tx, provider, roundId);
  const round = await tx.pulseRound.findUnique({
    where: { id: roundId },
    select: { id: true, opensAt: true, closesAt: true, groupSizes: true },
  });
  if (!round) return "nothing";
  if (round.closesAt.getTime() > now.getTime()) return "open";

  const sealedRows = await tx.pulseSealed.findMany({
    where: { roundId },
    select: { id: true, sealed: true },
  });
  if (sealedRows.length === 0) {
    if (!opts.recoarsen) return "nothing";
    const tuples = await tx.pulseResponse.groupBy({
      by: ["departmentId", "ageLayer"],
      where: { roundId },
      _count: { _all: true },
    });
    if (tuples.every((t) => t._count._all >= 5)) return "nothing";
  }
  const released = await tx.pulseResponse.findMany({
    where: { roundId },
    select: {
      departmentId: true,
      ageLayer: true,
      commentEnc: true,
      answers: { select: { questionId: true, value: true } },
    },
  });
  const items: SealedAnswer[] = [
    ...released.map((r) => ({
      departmentId: r.departmentId,
      ageLayer: isLayer(r.ageLayer) ? r.ageLayer : null,
      answers: r.answers,
      comment: r.commentEnc ? decryptText(r.commentEnc) : null,
    })),
    ...sealedRows.map((s) => unseal(s.sealed)),
  ];
  const coarse = coarsen(
    items.map((i): Attributes => ({ departmentId: i.departmentId, ageLayer: i.ageLayer })),
  );
  if (!coarse && released.length === 0) return "kept-sealed"; // fewer than 5 in all, already sealed: nothing to do

  // Out with the old rows of the round (answers first: no reliance on ON DELETE CASCADE).
  await tx.pulseAnswer.deleteMany({ where: { response: { roundId } } });
  await tx.pulseResponse.deleteMany({ where: { roundId } });
  await tx.pulseSealed.deleteMany({ where: { roundId } });

  if (!coarse) {
    // Fewer than 5 in all: nothing is ever shown, and nothing is released. Released rows from an older version go back into the pool.
    await insertSealed(tx, roundId, items);
    await rewriteParticipation(tx, provider, roundId);
    return "kept-sealed";
  }
  const rows = items
    .map((it, i) => ({ id: randomResponseId(), it, at: coarse[i] }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  await tx.pulseResponse.createMany({
    data: rows.map((r) => ({
      id: r.id,
      roundId,
      departmentId: r.at.departmentId,
      ageLayer: r.at.ageLayer,
      commentEnc: r.it.comment ? encryptText(r.it.comment) : null,
    })),
  });
  const answers = rows.flatMap((r) =>
    r.it.answers.map((a) => ({ responseId: r.id, questionId: a.questionId, value: a.value })),
  );
  for (let i = 0; i < answers.length; i += 500)
    await tx.pulseAnswer.createMany({ data: answers.slice(i, i + 500) });
  if (!round.groupSizes) {
    await tx.pulseRound.update({
      where: { id: roundId },
      data: { groupSizes: JSON.stringify(await groupSizes(tx, shanghaiYear(round.opensAt))) },
    });
  }
  await rewriteParticipation(tx, provider, roundId);
  return "released";
}

/** Writes answers into the sealed pool, in random-id order. */
export async function insertSealed(tx: Tx, roundId: string, items: readonly SealedAnswer[]) {
  const rows = items
    .map((it) => ({ id: randomResponseId(), roundId, sealed: seal(it) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let i = 0; i < rows.length; i += 200)
    await tx.pulseSealed.createMany({ data: rows.slice(i, i + 200) });
}

/**
 * PostgreSQL only: every row keeps the id of the transaction that wrote it
 * (xmin) and the heap keeps the order of writing (ctid). Rewriting the
 * round's participation tokens (in token order) in this transaction gives
 * them all one xmin, so none of them dates an answer. SQLite needs none of
 * this: the tables are WITHOUT ROWID and stored in key order.
 */
export async function rewriteParticipation(tx: Tx, provider: Provider, roundId: string) {
  if (provider !== "postgresql") return;
  const tokens = (
    await tx.pulseParticipation.findMany({
      where: { roundId },
      select: { token: true },
      orderBy: { token: "asc" },
    })
  ).map((p) => p.token);
  await tx.pulseParticipation.deleteMany({ where: { roundId } });
  for (let i = 0; i < tokens.length; i += 500)
    await tx.pulseParticipation.createMany({
      data: tokens.slice(i, i + 500).map((token) => ({ roundId, token })),
    });
}

/** PostgreSQL only: as rewriteParticipation, for the sealed pool of an open round too. */
export async function rewriteOpenRound(tx: Tx, provider: Provider, roundId: string) {
  if (provider !== "postgresql") return;
  await rewriteParticipation(tx, provider, roundId);
  const rows = await tx.pulseSealed.findMany({
    where: { roundId },
    orderBy: { id: "asc" },
    select: { id: true, roundId: true, sealed: true },
  });
  await tx.pulseSealed.deleteMany({ where: { roundId } });
  for (let i = 0; i < rows.length; i += 200)
    await tx.pulseSealed.createMany({ data: rows.slice(i, i + 200) });
}

type Client = Tx & {
  $transaction: <R>(
    fn: (tx: Tx) => Promise<R>,
    opts?: { timeout?: number; maxWait?: number },
  ) => Promise<R>;
};

/** Releases every closed round that still has sealed answers, each in its own transaction. */
export async function releaseDueRounds(
  client: Client,
  provider: Provider,
  now: Date = new Date(),
): Promise<{ released: number }> {
  const due = await client.pulseRound.findMany({
    where: { closesAt: { lte: now }, sealed: { some: {} } },
    select: { id: true },
  });
  let released = 0;
  for (const r of due) {
    const out = await client.$transaction((tx) => releaseRound(tx, provider, r.id, { now }), {
      timeout: 60_000,
      maxWait: 20_000,
    });
    if (out === "released") released++;
  }
  return { released };
}

/** Before reading results: releases the round if it is closed and still has sealed answers. One cheap query otherwise. */
export async function ensureReleased(
  client: Client,
  provider: Provider,
  roundIds: readonly string[],
  now: Date = new Date(),
) {
  if (roundIds.length === 0) return;
  const pending = await client.pulseSealed.findMany({
    where: { roundId: { in: [...roundIds] }, round: { closesAt: { lte: now } } },
    distinct: ["roundId"],
    select: { roundId: true },
  });
  for (const p of pending)
    await client.$transaction((tx) => releaseRound(tx, provider, p.roundId, { now }), {
      timeout: 60_000,
      maxWait: 20_000,
    });
}
