// A round's window and response rate. Pure, so the rules are unit-tested.
// opensAt is the first moment a round takes answers; closesAt the first
// moment it no longer does (a closing day's next midnight, or the moment
// 政治处 closed it early).
import type { RoundStatus } from "./labels";

const DAY_MS = 24 * 3600_000;

export function roundStatus(r: { opensAt: Date; closesAt: Date }, now: Date): RoundStatus {
  if (now.getTime() < r.opensAt.getTime()) return "UPCOMING";
  return now.getTime() < r.closesAt.getTime() ? "OPEN" : "CLOSED";
}

/** The closing moment for a last day given as its Shanghai midnight. */
export function closesAtFor(lastDay: Date): Date {
  return new Date(lastDay.getTime() + DAY_MS);
}

/** The last day a round was open, for display (closesAt is exclusive). */
export function lastOpenInstant(closesAt: Date): Date {
  return new Date(closesAt.getTime() - 1);
}

/** Whole percent, capped at 100 (people hired after the round was set up may answer too). */
export function responseRate(responses: number, eligible: number): number {
  if (eligible <= 0) return 0;
  return Math.min(100, Math.round((responses / eligible) * 100));
}
