// Throttle for /mailbox/track (10 failed tries per hour per address). Counted
// in LoginAttempt, like the login throttle (lib/auth/throttle.ts), under
// "track:<ip>". Only the counter row exists (address, time): it is never
// linked to a letter, and a right code leaves no row at all.
//
// publicAction() counts and checks the code in one transaction that holds a
// lock on the address, and writes the row for a wrong code in that same
// transaction, so parallel tries from one address queue and a burst gets at
// most TRACK_LIMIT wrong codes checked.
import "server-only";

import { lockKey, pruneSlots, recordHit, windowFull } from "../auth/throttle";
import type { Tx } from "../db";

export const TRACK_LIMIT = 10;
export const TRACK_WINDOW_MS = 60 * 60 * 1000;

const key = (ip: string) => `track:${ip}`.slice(0, 80);
const window = { limit: TRACK_LIMIT, windowMs: TRACK_WINDOW_MS };

/** Holds the address's counter for this transaction; true when its tries are used up. */
export async function lockTrackTries(tx: Tx, ip: string, now: Date): Promise<boolean> {
  await lockKey(tx, key(ip));
  return windowFull(tx, key(ip), window, now);
}

export async function recordTrackFailure(tx: Tx, ip: string, now: Date): Promise<void> {
  await recordHit(tx, key(ip), now);
}

/** Track rows past their hour are of no further use. */
export async function pruneTrackTries(now: Date): Promise<void> {
  if (Math.random() < 0.05) await pruneSlots("track:", new Date(now.getTime() - TRACK_WINDOW_MS));
}
