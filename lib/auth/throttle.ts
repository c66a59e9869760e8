// Sliding-window counters kept in the LoginAttempt table (key, time), shared
// by every process on the database: the per-address login throttle, the
// mailbox access-code throttle and the anonymous attachment denials.
//
// Counting and recording one attempt happen in one transaction that holds a
// lock on the key (PostgreSQL: a transaction-level advisory lock on the key's
// hash; SQLite: BEGIN IMMEDIATE, see patches/), so parallel requests queue
// and at most `limit` of them get a slot. A count followed by a separate
// insert would let a parallel burst through whole.
import "server-only";

import { db, dbProvider, type Tx } from "../db";

export type Window = { limit: number; windowMs: number };

/**
 * A burst queues on the key's lock, each waiting for a pooled connection
 * first: give the queue time to drain (each turn is one count and one insert).
 */
export const QUEUE = { maxWait: 15_000, timeout: 15_000 } as const;

/** Denials of anonymous requests that would each write an audit row (the attachment route). */
export const ANON_DENIAL_WINDOW: Window = { limit: 20, windowMs: 10 * 60 * 1000 };

/** Holds `key` until the transaction ends (a no-op on SQLite, whose write transactions already queue). */
export async function lockKey(tx: Tx, key: string) {
  if (dbProvider === "postgresql")
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`throttle:${key}`}, 0))`;
}

/**
 * Takes one slot for `key` in its window: false when the window is full.
 */
export async function takeSlot(key: string, w: Window, now: Date = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await lockKey(tx, key);
    if (await windowFull(tx, key, w, now)) return false;
    await recordHit(tx, key, now);
    return true;
  }, QUEUE);
}

/** Whether the key's window is full. Call under lockKey to act on the answer. */
export async function windowFull(tx: Tx, key: string, w: Window, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - w.windowMs);
  return (
    (await tx.loginAttempt.count({ where: { ip: key, at: { gt: since, lte: now } } })) >= w.limit
  );
}

export async function recordHit(tx: Tx, key: string, now: Date): Promise<void> {
  await tx.loginAttempt.create({ data: { ip: key, at: now } });
}

/** Deletes rows under `prefix` older than `olderThan`; called now and then. */
export async function pruneSlots(prefix: string | null, olderThan: Date): Promise<void> {
  await db.loginAttempt.deleteMany({
    where: {
      at: { lt: olderThan },
      ...(prefix
        ? { ip: { startsWith: prefix } }
        : { NOT: { OR: PREFIXED.map((p) => ({ ip: { startsWith: p } })) } }),
    },
  });
}

/** Key prefixes of the throttles other than the login one (whose keys are bare addresses). */
export const PREFIXED = ["track:", "deny:"] as const;
