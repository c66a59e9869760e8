// Throttle for /mailbox/track (10 failed tries per hour per address). Counted
// in LoginAttempt, like the login throttle (lib/auth/rate-limit.ts), under
// "track:<ip>". Only the counter row exists (address, time): it is never
// linked to a letter, and a right code leaves no row at all.
import "server-only";
import { db } from "../db";

export const TRACK_LIMIT = 10;
export const TRACK_WINDOW_MS = 60 * 60 * 1000;

const key = (ip: string) => `track:${ip}`.slice(0, 80);

export async function trackLimited(ip: string, now: Date = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - TRACK_WINDOW_MS);
  return (await db.loginAttempt.count({ where: { ip: key(ip), at: { gt: since, lte: now } } })) >= TRACK_LIMIT;
}

export async function recordTrackFailure(ip: string, now: Date = new Date()): Promise<void> {
  await db.loginAttempt.create({ data: { ip: key(ip), at: now } });
  // Track rows past their hour are of no further use.
  if (Math.random() < 0.05) await db.loginAttempt.deleteMany({ where: { ip: { startsWith: "track:" }, at: { lt: new Date(now.getTime() - TRACK_WINDOW_MS) } } });
}
