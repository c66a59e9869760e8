// Helpers of the 入额遴选 actions: loading and moving a round, recomputing the
// ranking, and checking and writing scores. A plain module: a "use server"
// file may export actions only.
import "server-only";

import { revalidatePath } from "next/cache";

import type { Tx } from "../db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { notify } from "../notifications/notify";
import { parseScoreCenti } from "../scores";
import { QUOTA_MESSAGES } from "./labels";
import { isRegistrant } from "./queries";
import { rankContenders } from "./scoring";

export const conflict = (message: string) => new ConflictError(message);

export async function loadRound(db: Tx, id: string) {
  const r = await db.quotaRound.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      places: true,
      status: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      publicityStartsOn: true,
      publicityEndsOn: true,
    },
  });
  if (!r) throw new NotFoundError();
  return r;
}

/** 回避: someone in 政治处 who registered for a round takes no part in running it. */
export async function loadManagedRound(db: Tx, id: string, userId: string) {
  const r = await loadRound(db, id);
  if (await isRegistrant(id, userId, db)) throw conflict(QUOTA_MESSAGES.recused);
  return r;
}

/** Moves a round on only from the status it was read in: of two concurrent moves one lands. */
export async function moveStatus(
  db: Tx,
  id: string,
  from: string,
  data: { status: string } & Record<string, unknown>,
  message: string,
) {
  const res = await db.quotaRound.updateMany({ where: { id, status: from }, data });
  if (res.count !== 1) throw conflict(message);
}

export function revalidateRound(id: string) {
  revalidatePath("/quota");
  revalidatePath(`/quota/${id}`);
  revalidatePath(`/quota/${id}/publicity`);
}

/** Tells everyone registered for a round; returns how many were told. */
export async function notifyRegistrants(
  db: Tx,
  roundId: string,
  message: { title: string; body: string; link: string },
) {
  const everyone = await db.quotaRegistration.findMany({
    where: { roundId },
    select: { userId: true },
  });
  await notify(
    db,
    everyone.map((e) => e.userId),
    message,
  );
  return everyone.length;
}

/** Recomputes every registration's total, and the ranks once all scores are in. */
export async function recomputeRanking(db: Tx, roundId: string) {
  const [components, regs] = await Promise.all([
    db.quotaComponent.findMany({
      where: { roundId },
      orderBy: { position: "asc" },
      select: { id: true, weight: true, maxScore: true },
    }),
    db.quotaRegistration.findMany({
      where: { roundId },
      select: {
        id: true,
        registeredAt: true,
        totalCenti: true,
        rank: true,
        scores: { select: { componentId: true, centi: true } },
      },
    }),
  ]);
  const ranking = rankContenders(
    components,
    regs.map((r) => ({
      id: r.id,
      registeredAt: r.registeredAt,
      scores: Object.fromEntries(r.scores.map((s) => [s.componentId, s.centi])),
    })),
  );
  const before = new Map(regs.map((r) => [r.id, r]));
  for (const row of ranking.rows) {
    const old = before.get(row.id)!;
    if (old.totalCenti !== row.totalCenti || old.rank !== row.rank) {
      await db.quotaRegistration.update({
        where: { id: row.id },
        data: { totalCenti: row.totalCenti, rank: row.rank },
      });
    }
  }
  return ranking.complete;
}

export async function writeComponents(
  db: Tx,
  roundId: string,
  components: { name: string; weight: number; maxScore: number }[],
) {
  await db.quotaComponent.deleteMany({ where: { roundId } });
  await db.quotaComponent.createMany({
    data: components.map((c, i) => ({
      roundId,
      name: c.name,
      position: i + 1,
      weight: c.weight,
      maxScore: c.maxScore,
    })),
  });
}

type ScoreWrite = { registrationId: string; componentId: string; centi: number | null };

/**
 * Checks every entered score before anything is written: an unknown
 * registration or component is not found, and all bad values are reported
 * together. An empty value clears the score.
 */
export function checkScoreEntries(
  entries: readonly { registrationId: string; componentId: string; value: string }[],
  components: readonly { id: string; name: string; maxScore: number }[],
  names: ReadonlyMap<string, string>,
): ScoreWrite[] {
  const comp = new Map(components.map((c) => [c.id, c]));
  const errors: Record<string, string> = {};
  const messages: string[] = [];
  const writes: ScoreWrite[] = [];
  for (const e of entries) {
    const c = comp.get(e.componentId);
    const name = names.get(e.registrationId);
    if (!c || !name) throw new NotFoundError();
    const key = `score:${e.registrationId}:${e.componentId}`;
    if (e.value.trim() === "") {
      writes.push({ registrationId: e.registrationId, componentId: c.id, centi: null });
      continue;
    }
    const centi = parseScoreCenti(e.value);
    const bad =
      centi === null
        ? QUOTA_MESSAGES.scoreFormat(name, c.name)
        : centi > c.maxScore * 100
          ? QUOTA_MESSAGES.scoreRange(name, c.name, c.maxScore)
          : null;
    if (bad) {
      errors[key] = bad;
      messages.push(bad);
    } else writes.push({ registrationId: e.registrationId, componentId: c.id, centi });
  }
  if (messages.length)
    throw new ValidationError(
      messages.length > 1 ? `${messages[0]}（共 ${messages.length} 处有误）` : messages[0],
      errors,
    );
  return writes;
}

/** Writes checked scores; returns how many were saved rather than cleared. */
export async function writeScores(db: Tx, writes: readonly ScoreWrite[], userId: string) {
  const now = new Date();
  let saved = 0;
  for (const w of writes) {
    const where = {
      registrationId_componentId: {
        registrationId: w.registrationId,
        componentId: w.componentId,
      },
    };
    if (w.centi === null) {
      await db.quotaScore.deleteMany({
        where: { registrationId: w.registrationId, componentId: w.componentId },
      });
    } else {
      await db.quotaScore.upsert({
        where,
        create: {
          ...where.registrationId_componentId,
          centi: w.centi,
          enteredById: userId,
          enteredAt: now,
        },
        update: { centi: w.centi, enteredById: userId, enteredAt: now },
      });
      saved++;
    }
  }
  return saved;
}
