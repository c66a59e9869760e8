// The capacity and waiting-list rules of 检察文化 events (lib/culture/events/
// capacity.ts): first come first served, a full event puts the next one on the
// waiting list, a cancellation promotes the earliest waiting in order, a lower
// capacity takes no place away, and no capacity means nobody waits.
import { describe, expect, it } from "vitest";

import {
  freePlaces,
  placeFor,
  promotionsFor,
  registrationClosesAt,
  registrationOpen,
  rosterOf,
  waitlistPosition,
  type Registration,
} from "@/lib/culture/events/capacity";

const t0 = Date.UTC(2026, 5, 1, 2, 0);
const reg = (userId: string, minute: number, status = "REGISTERED"): Registration => ({
  userId,
  status,
  registeredAt: new Date(t0 + minute * 60_000),
});

/** Registers people one by one, as the action does under the event's lock. */
function arrive(capacity: number | null, ids: string[]): Registration[] {
  const regs: Registration[] = [];
  ids.forEach((id, i) => {
    const registered = regs.filter((r) => r.status === "REGISTERED").length;
    regs.push(reg(id, i, placeFor(capacity, registered)));
  });
  return regs;
}

/** Cancels one and applies the promotions, as cancelRegistration does. */
function cancel(capacity: number | null, regs: Registration[], userId: string): string[] {
  regs.find((r) => r.userId === userId)!.status = "CANCELLED";
  const promoted = promotionsFor(capacity, regs);
  for (const r of regs) if (promoted.includes(r.userId)) r.status = "REGISTERED";
  return promoted;
}

describe("placing a registration", () => {
  it("gives places up to the capacity, then waitlists, never an error", () => {
    const regs = arrive(3, ["a", "b", "c", "d", "e"]);
    expect(regs.map((r) => r.status)).toEqual([
      "REGISTERED",
      "REGISTERED",
      "REGISTERED",
      "WAITLISTED",
      "WAITLISTED",
    ]);
    expect(waitlistPosition(regs, "d")).toBe(1);
    expect(waitlistPosition(regs, "e")).toBe(2);
    expect(waitlistPosition(regs, "a")).toBeNull();
  });

  it("never waitlists when the capacity is unlimited", () => {
    const regs = arrive(
      null,
      Array.from({ length: 200 }, (_, i) => `u${i}`),
    );
    expect(regs.every((r) => r.status === "REGISTERED")).toBe(true);
    expect(freePlaces(null, 200)).toBe(Infinity);
    expect(promotionsFor(null, [...regs, reg("late", 500, "WAITLISTED")])).toEqual(["late"]);
  });

  it("treats capacity 0 as full and never counts negative places", () => {
    expect(placeFor(0, 0)).toBe("WAITLISTED");
    expect(freePlaces(2, 5)).toBe(0);
  });
});

describe("promotion from the waiting list", () => {
  it("promotes the earliest waiting on each cancellation, in order", () => {
    const regs = arrive(2, ["a", "b", "c", "d", "e"]);
    expect(cancel(2, regs, "a")).toEqual(["c"]);
    expect(cancel(2, regs, "c")).toEqual(["d"]);
    // A waiting person who cancels frees no place and promotes nobody.
    expect(cancel(2, regs, "e")).toEqual([]);
    expect(cancel(2, regs, "b")).toEqual([]);
    expect(rosterOf(2, regs).registered.map((r) => r.userId)).toEqual(["d"]);
  });

  it("orders by registration time, not by list order, and breaks equal times by id", () => {
    const regs = [
      reg("x", 0),
      reg("late", 9, "WAITLISTED"),
      reg("early", 3, "WAITLISTED"),
      reg("b-same", 5, "WAITLISTED"),
      reg("a-same", 5, "WAITLISTED"),
    ];
    regs[0].status = "CANCELLED";
    expect(promotionsFor(3, regs)).toEqual(["early", "a-same", "b-same"]);
    expect(waitlistPosition(regs, "late")).toBe(4);
  });

  it("keeps everyone's place when the capacity is lowered, and promotes only below it", () => {
    const regs = arrive(4, ["a", "b", "c", "d", "e", "f"]);
    // Capacity lowered from 4 to 2: a–d keep their places, nobody is promoted.
    expect(promotionsFor(2, regs)).toEqual([]);
    expect(cancel(2, regs, "a")).toEqual([]); // 3 registered, still over 2
    expect(cancel(2, regs, "b")).toEqual([]); // 2 registered: full
    expect(cancel(2, regs, "c")).toEqual(["e"]); // 1 registered: one place
    expect(rosterOf(2, regs).registered.map((r) => r.userId)).toEqual(["d", "e"]);
  });

  it("promotes as many as a raised capacity frees", () => {
    const regs = arrive(1, ["a", "b", "c", "d"]);
    expect(promotionsFor(3, regs)).toEqual(["b", "c"]);
  });
});

describe("registration window", () => {
  const startsAt = new Date(t0 + 7 * 86_400_000);
  it("closes at registrationClosesAt, or at the start without one", () => {
    const closes = new Date(t0 + 5 * 86_400_000);
    expect(registrationClosesAt({ startsAt, registrationClosesAt: closes })).toEqual(closes);
    expect(registrationClosesAt({ startsAt, registrationClosesAt: null })).toEqual(startsAt);
    // A closing time after the start is capped at the start.
    const after = new Date(startsAt.getTime() + 1);
    expect(registrationClosesAt({ startsAt, registrationClosesAt: after })).toEqual(startsAt);
    expect(registrationOpen({ startsAt, registrationClosesAt: closes }, new Date(t0))).toBe(true);
    expect(registrationOpen({ startsAt, registrationClosesAt: closes }, closes)).toBe(false);
  });
});
