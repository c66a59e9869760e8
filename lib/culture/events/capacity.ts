// Who has a place at an event and who waits: pure rules over the event's
// registrations, used by the register and cancel actions (under the event's
// lock) and by the event page. Places go first come, first served by
// registeredAt (then userId, so equal times still have one order):
//   - a new registration takes a place while fewer than `capacity` hold one,
//     otherwise it waits (WAITLISTED, not an error);
//   - when a place frees up (a cancellation, or a higher capacity), the
//     earliest waiting registrations are promoted, as many as there are places;
//   - a lower capacity never takes a place away: nobody is promoted until the
//     registered count has fallen below it;
//   - capacity null means unlimited: nobody ever waits.

export const REGISTRATION_STATUSES = ["REGISTERED", "WAITLISTED", "CANCELLED"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export type Registration = { userId: string; status: string; registeredAt: Date };

const byArrival = (a: Registration, b: Registration) =>
  a.registeredAt.getTime() - b.registeredAt.getTime() || a.userId.localeCompare(b.userId);

/** Places left; Infinity when the event has no capacity. Never negative. */
export function freePlaces(capacity: number | null, registered: number): number {
  if (capacity === null) return Infinity;
  return Math.max(0, capacity - registered);
}

/** Where a new registration goes, given how many already hold a place. */
export function placeFor(capacity: number | null, registered: number): "REGISTERED" | "WAITLISTED" {
  return freePlaces(capacity, registered) > 0 ? "REGISTERED" : "WAITLISTED";
}

export type Roster = {
  registered: Registration[];
  /** In promotion order: the first is promoted next. */
  waiting: Registration[];
  free: number;
};

/** The event's registrations split into places and the waiting list, each in arrival order. */
export function rosterOf(capacity: number | null, regs: readonly Registration[]): Roster {
  const sorted = [...regs].sort(byArrival);
  const registered = sorted.filter((r) => r.status === "REGISTERED");
  return {
    registered,
    waiting: sorted.filter((r) => r.status === "WAITLISTED"),
    free: freePlaces(capacity, registered.length),
  };
}

/** The userIds to promote from the waiting list now, earliest first. */
export function promotionsFor(capacity: number | null, regs: readonly Registration[]): string[] {
  const { waiting, free } = rosterOf(capacity, regs);
  return waiting.slice(0, free === Infinity ? waiting.length : free).map((r) => r.userId);
}

/** 1-based place on the waiting list, or null when the person is not waiting. */
export function waitlistPosition(regs: readonly Registration[], userId: string): number | null {
  const i = rosterOf(null, regs).waiting.findIndex((r) => r.userId === userId);
  return i < 0 ? null : i + 1;
}

/** Registration closes at registrationClosesAt, or at the start when none is set. */
export function registrationClosesAt(e: { startsAt: Date; registrationClosesAt: Date | null }) {
  return e.registrationClosesAt && e.registrationClosesAt < e.startsAt
    ? e.registrationClosesAt
    : e.startsAt;
}

export function registrationOpen(
  e: { startsAt: Date; registrationClosesAt: Date | null },
  now: Date,
): boolean {
  return now < registrationClosesAt(e);
}

/** 签到 opens half an hour before the start: organisers record attendance at the door. */
export const CHECK_IN_OPENS_MS = 30 * 60_000;

export function checkInOpen(startsAt: Date, now: Date): boolean {
  return now.getTime() >= startsAt.getTime() - CHECK_IN_OPENS_MS;
}
