// Server-side session timeouts (docs/security.md item 5).
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, to keep reads cheap. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null };

export function sessionExpired(
  s: SessionTimes,
  now: Date = new Date(),
): "revoked" | "idle" | "absolute" | null {
  if (s.revokedAt) return "revoked";
  if (now.getTime() - s.createdAt.getTime() >= ABSOLUTE_TIMEOUT_MS) return "absolute";
  if (now.getTime() - s.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS) return "idle";
  return null;
}
