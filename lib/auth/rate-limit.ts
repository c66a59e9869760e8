// Per-address login throttle (SECURITY.md 4): more than 25 attempts in five
// minutes from one address gets HTTP 429. Counted in the database so that it
// holds across instances.
import "server-only";
import { db } from "../db";

export const IP_ATTEMPT_LIMIT = 25;
export const IP_WINDOW_MS = 5 * 60 * 1000;

/** Records one attempt and says whether the address is over the limit. */
export async function recordLoginAttempt(ip: string, now: Date = new Date()): Promise<{ limited: boolean }> {
  const since = new Date(now.getTime() - IP_WINDOW_MS);
  const recent = await db.loginAttempt.count({ where: { ip, at: { gt: since } } });
  if (recent >= IP_ATTEMPT_LIMIT) return { limited: true };
  await db.loginAttempt.create({ data: { ip, at: now } });
  // Old rows are of no further use; prune opportunistically.
  // (Only login rows: the mailbox track throttle shares the table with a one-hour window.)
  if (Math.random() < 0.02) await db.loginAttempt.deleteMany({ where: { at: { lt: since }, NOT: { ip: { startsWith: "track:" } } } });
  return { limited: false };
}
