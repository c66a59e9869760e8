// 30 people register at once for 10 places (as an attacker's burst would):
// exactly 10 get a place and 20 wait, in one order, on both databases. The
// register action takes the event's lock before it counts places
// (lib/culture/events/writes.ts); without it, on PostgreSQL, most of the
// burst reads "places free" together and the event is overbooked.
import { beforeAll, describe, expect, it } from "vitest";

import { cancelRegistration, registerForEvent } from "@/lib/culture/events/actions";
import { db } from "@/lib/db";

import { asEach, makeEvent, makeStaff, notificationsOf, type U } from "./fixtures/culture";
import { actAs } from "./helpers";
import { dataOf } from "./result";

let office: U;
let crowd: U[];

beforeAll(async () => {
  [office] = await makeStaff(1, ["POLITICAL_OFFICE"]);
  crowd = await makeStaff(30);
});

describe("parallel registrations", () => {
  it("never exceed the capacity: 30 at once for 10 places give 10 places and 20 waiting", async () => {
    const e = await makeEvent(office, { capacity: 10 });
    const results = await asEach(crowd, () => registerForEvent({ eventId: e.id }));
    const data = results.map(dataOf);
    expect(data.filter((d) => d.status === "REGISTERED")).toHaveLength(10);
    const waiting = data.filter((d) => d.status === "WAITLISTED");
    expect(waiting).toHaveLength(20);
    // Each waiting person got a distinct place in the queue, 1..20, and the message says so.
    expect(waiting.map((d) => d.position).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(waiting[0].message).toMatch(/名额已满，您已进入候补名单/);
    expect(
      await db.cultureRegistration.count({ where: { eventId: e.id, status: "REGISTERED" } }),
    ).toBe(10);
  });

  it("keeps the capacity when cancellations and registrations race", async () => {
    const e = await makeEvent(office, { capacity: 5 });
    const first = crowd.slice(0, 10);
    for (const u of first) {
      await actAs(u);
      dataOf(await registerForEvent({ eventId: e.id }));
    }
    // Three of the five with places cancel while ten more register.
    const cancelling = first.slice(0, 3);
    const late = crowd.slice(10, 20);
    await asEach([...cancelling, ...late], async (u, i) => {
      const r =
        i < cancelling.length
          ? await cancelRegistration({ eventId: e.id })
          : await registerForEvent({ eventId: e.id });
      expect(r.ok).toBe(true);
    });
    const rows = await db.cultureRegistration.findMany({
      where: { eventId: e.id },
      orderBy: { registeredAt: "asc" },
      select: { userId: true, status: true },
    });
    expect(rows.filter((r) => r.status === "REGISTERED")).toHaveLength(5);
    expect(rows.filter((r) => r.status === "CANCELLED")).toHaveLength(3);
    // The three freed places went to the first three who were waiting (first[5..7]).
    const promoted = first.slice(5, 8);
    for (const u of promoted) {
      expect(rows.find((r) => r.userId === u.id)?.status).toBe("REGISTERED");
      expect(await notificationsOf(u.id)).toContainEqual({
        title: expect.stringContaining("候补递补成功"),
        link: `/culture/events/${e.id}`,
      });
    }
  });
});
