// Lockout arithmetic (SECURITY.md 3): five failures within 15 minutes lock the
// account for 30 minutes. Pure, so it is tested with a fake clock; the state
// lives in the User row so it holds across instances.

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_DURATION_MS = 30 * 60 * 1000;

export type LockState = { failedLoginCount: number; firstFailedAt: Date | null; lockedUntil: Date | null };

export function isLocked(state: LockState, now: Date = new Date()): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failed attempt, and whether it just locked. */
export function registerFailure(state: LockState, now: Date = new Date()): LockState & { justLocked: boolean } {
  const windowOpen = state.firstFailedAt !== null && now.getTime() - state.firstFailedAt.getTime() < LOCKOUT_WINDOW_MS;
  const count = windowOpen ? state.failedLoginCount + 1 : 1;
  const firstFailedAt = windowOpen ? state.firstFailedAt : now;
  if (count >= LOCKOUT_THRESHOLD) {
    return { failedLoginCount: 0, firstFailedAt: null, lockedUntil: new Date(now.getTime() + LOCKOUT_DURATION_MS), justLocked: true };
  }
  return { failedLoginCount: count, firstFailedAt, lockedUntil: state.lockedUntil, justLocked: false };
}

export function clearedState(): LockState {
  return { failedLoginCount: 0, firstFailedAt: null, lockedUntil: null };
}
