// Lockout arithmetic (docs/security.md item 3): five failures within 15 minutes lock the
// account for 30 minutes. Pure, so it is tested with a fake clock; the state
// lives in the User row so it holds across instances, and lib/auth/login.ts
// applies each step under a row lock so that parallel attempts queue.
//
// An attempt first *reserves* its place in the window (reserveAttempt): the
// count goes up before the slow password check, and an attempt whose place is
// past the threshold is refused without checking the password at all. So a
// burst of parallel guesses gets at most LOCKOUT_THRESHOLD password checks per
// window, whatever its size, and exactly one of them locks the account.

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_DURATION_MS = 30 * 60 * 1000;

export type LockState = {
  failedLoginCount: number;
  firstFailedAt: Date | null;
  lockedUntil: Date | null;
};

export function isLocked(state: LockState, now: Date = new Date()): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

function windowOpen(state: LockState, now: Date): boolean {
  return (
    state.firstFailedAt !== null &&
    now.getTime() - state.firstFailedAt.getTime() < LOCKOUT_WINDOW_MS
  );
}

export type Reservation =
  /** Locked, or the window already holds LOCKOUT_THRESHOLD attempts: refuse without checking the password. */
  | { allowed: false; next: null }
  /** Check the password; `place` is this attempt's place in the window (1-based). */
  | { allowed: true; place: number; next: LockState };

/** Takes the next place in the failure window, before the password is checked. */
export function reserveAttempt(state: LockState, now: Date = new Date()): Reservation {
  if (isLocked(state, now)) return { allowed: false, next: null };
  const open = windowOpen(state, now);
  const place = open ? state.failedLoginCount + 1 : 1;
  if (place > LOCKOUT_THRESHOLD) return { allowed: false, next: null };
  return {
    allowed: true,
    place,
    next: {
      failedLoginCount: place,
      firstFailedAt: open ? state.firstFailedAt : now,
      lockedUntil: state.lockedUntil,
    },
  };
}

/**
 * The state after a reserved attempt turned out wrong. Only the attempt that
 * took the last place locks; its count is already in the row.
 */
export function failReserved(
  place: number,
  state: LockState,
  now: Date = new Date(),
): LockState & { justLocked: boolean } {
  if (place >= LOCKOUT_THRESHOLD && !isLocked(state, now)) {
    return {
      failedLoginCount: 0,
      firstFailedAt: null,
      lockedUntil: new Date(now.getTime() + LOCKOUT_DURATION_MS),
      justLocked: true,
    };
  }
  return { ...state, justLocked: false };
}

/** One failure applied in one step (reserve, then fail): the sequential view of the two above. */
export function registerFailure(
  state: LockState,
  now: Date = new Date(),
): LockState & { justLocked: boolean } {
  const r = reserveAttempt(state, now);
  if (!r.allowed) return { ...state, justLocked: false };
  return failReserved(r.place, r.next, now);
}

export function clearedState(): LockState {
  return { failedLoginCount: 0, firstFailedAt: null, lockedUntil: null };
}
