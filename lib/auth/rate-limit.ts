// Per-address login throttle (docs/security.md item 4): more than 25 attempts in five
// minutes from one address gets HTTP 429. Counted in the database, under a
// lock on the address (lib/auth/throttle.ts), so that it holds across worker
// processes and under parallel bursts.
import "server-only";

import { pruneSlots, takeSlot } from "./throttle";

export const IP_ATTEMPT_LIMIT = 25;
export const IP_WINDOW_MS = 5 * 60 * 1000;

/** Records one attempt and says whether the address is over the limit. */
export async function recordLoginAttempt(
  ip: string,
  now: Date = new Date(),
): Promise<{ limited: boolean }> {
  const slot = await takeSlot(
    ip.slice(0, 80),
    { limit: IP_ATTEMPT_LIMIT, windowMs: IP_WINDOW_MS },
    now,
  );
  // Old rows are of no further use; prune opportunistically (login rows only:
  // the other throttles share the table with longer windows).
  if (Math.random() < 0.02) await pruneSlots(null, new Date(now.getTime() - IP_WINDOW_MS));
  return { limited: !slot };
}
