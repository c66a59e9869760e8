// 检察文化 events on a real database: a full event waitlists (not an error);
// a cancellation promotes the earliest waiting, who is told; registering
// twice, after the close, for a started event or for a club event without
// membership is refused with a Chinese message and writes nothing; only the
// organiser records attendance, and only once the event has started.
import { beforeAll, describe, expect, it } from "vitest";

import { leaveClub } from "@/lib/culture/clubs/actions";
import {
  cancelRegistration,
  createCultureEvent,
  recordEventAttendance,
  registerForEvent,
} from "@/lib/culture/events/actions";
import { eventParticipationOf, getEvent } from "@/lib/culture/events/queries";
import { EVENT_MESSAGES } from "@/lib/culture/events/schemas";
import { db } from "@/lib/db";

import {
  makeClub,
  makeEvent,
  makeStaff,
  NOT_FOUND,
  notificationsOf,
  statusesOf,
  type U,
} from "./fixtures/culture";
import { actAs } from "./helpers";
import { dataOf, failureOf } from "./result";

let office: U, officer: U, member: U, a: U, b: U, c: U, d: U;

beforeAll(async () => {
  [office] = await makeStaff(1, ["POLITICAL_OFFICE"]);
  [officer, member, a, b, c, d] = await makeStaff(6);
});

const register = async (u: U, eventId: string) => {
  await actAs(u);
  return registerForEvent({ eventId });
};
const regCount = (eventId: string) => db.cultureRegistration.count({ where: { eventId } });

describe("waiting list", () => {
  it("waitlists beyond capacity with a message, and promotes the earliest on a cancel, notifying them", async () => {
    const e = await makeEvent(office, { capacity: 2 });
    expect(dataOf(await register(a, e.id))).toMatchObject({
      status: "REGISTERED",
      message: "报名成功",
    });
    dataOf(await register(b, e.id));
    const waitC = dataOf(await register(c, e.id));
    expect(waitC).toMatchObject({ status: "WAITLISTED", position: 1 });
    expect(waitC.message).toBe(EVENT_MESSAGES.waitlisted(1));
    expect(dataOf(await register(d, e.id)).position).toBe(2);

    await actAs(a);
    expect(dataOf(await cancelRegistration({ eventId: e.id })).promoted).toBe(1);
    expect(await statusesOf(e.id)).toEqual([
      { userId: a.id, status: "CANCELLED" },
      { userId: b.id, status: "REGISTERED" },
      { userId: c.id, status: "REGISTERED" },
      { userId: d.id, status: "WAITLISTED" },
    ]);
    expect(await notificationsOf(c.id)).toContainEqual({
      title: `候补递补成功：${e.title}`,
      link: `/culture/events/${e.id}`,
    });
    expect(await notificationsOf(d.id)).toEqual([]);
    // Coming back after cancelling joins the end of the queue.
    expect(dataOf(await register(a, e.id))).toMatchObject({ status: "WAITLISTED", position: 2 });
    const page = await getEvent({ id: d.id, roles: ["STAFF"] }, e.id);
    expect(page).toMatchObject({ registered: 2, waiting: 2, myPosition: 1, roster: null });
  });

  it("never waitlists an event without capacity", async () => {
    const e = await makeEvent(office, { capacity: null });
    for (const u of [a, b, c, d]) expect(dataOf(await register(u, e.id)).status).toBe("REGISTERED");
  });
});

describe("bad input writes nothing", () => {
  it("refuses registering twice, after the close, for a started event, and an unknown event", async () => {
    const e = await makeEvent(office, { capacity: 1 });
    dataOf(await register(a, e.id));
    dataOf(await register(b, e.id));
    expect(failureOf(await register(a, e.id)).message).toBe(EVENT_MESSAGES.alreadyRegistered);
    expect(failureOf(await register(b, e.id)).message).toBe(EVENT_MESSAGES.alreadyWaiting);
    expect(await regCount(e.id)).toBe(2);

    const closed = await makeEvent(office, { days: 3, closesInDays: -1 });
    expect(failureOf(await register(a, closed.id)).message).toBe(EVENT_MESSAGES.closed);
    const past = await makeEvent(office, { days: -2 });
    expect(failureOf(await register(a, past.id)).message).toBe(EVENT_MESSAGES.past);
    expect(await regCount(closed.id)).toBe(0);
    expect(await regCount(past.id)).toBe(0);
    expect(failureOf(await register(a, "nope")).message).toBe(NOT_FOUND);
    await actAs(c);
    expect(failureOf(await cancelRegistration({ eventId: e.id })).message).toBe(
      EVENT_MESSAGES.notRegistered,
    );
  });

  it("keeps club events for active members; staff cannot publish a group event", async () => {
    const club = await makeClub(office, [officer], [member]);
    const e = await makeEvent(officer, { clubId: club.id });
    expect(failureOf(await register(a, e.id)).message).toBe(EVENT_MESSAGES.membersOnly);
    expect(dataOf(await register(member, e.id)).status).toBe("REGISTERED");
    expect(await regCount(e.id)).toBe(1);

    const input = { type: "HIKE", title: "徒步", startsAt: "2099-05-01T08:00" };
    await actAs(a);
    expect(failureOf(await createCultureEvent(input)).message).toBe(
      EVENT_MESSAGES.groupNeedsManager,
    );
    await actAs(member);
    expect(failureOf(await createCultureEvent({ ...input, clubId: club.id })).ok).toBe(false);
    await actAs(officer);
    const clubEvent = dataOf(
      await createCultureEvent({ ...input, type: "READING", clubId: club.id }),
    );
    expect(await notificationsOf(member.id)).toContainEqual({
      title: expect.stringContaining("发布了新活动"),
      link: `/culture/events/${clubEvent.id}`,
    });
    await actAs(office);
    const bad = failureOf(
      await createCultureEvent({
        ...input,
        endsAt: "2099-05-01T07:00",
        registrationClosesAt: "2099-05-02T08:00",
        capacity: "0",
      }),
    );
    expect(bad.fieldErrors).toMatchObject({
      endsAt: EVENT_MESSAGES.endsBeforeStart,
      registrationClosesAt: EVENT_MESSAGES.closesAfterStart,
      capacity: "名额至少为 1",
    });
    dataOf(await createCultureEvent({ ...input, capacity: "60" }));
  });
});

describe("leaving a club", () => {
  it("cancels the leaver's places in the club's events ahead, promoting the waiting", async () => {
    const club = await makeClub(office, [officer], [member, a, b]);
    const ahead = await makeEvent(officer, { clubId: club.id, capacity: 1 });
    const past = await makeEvent(officer, { clubId: club.id, days: 1 });
    dataOf(await register(a, ahead.id));
    dataOf(await register(b, ahead.id));
    dataOf(await register(a, past.id));
    await db.cultureEvent.update({
      where: { id: past.id },
      data: { startsAt: new Date(Date.now() - 3600_000) },
    });
    await actAs(a);
    dataOf(await leaveClub({ clubId: club.id }));
    expect(await statusesOf(ahead.id)).toEqual([
      { userId: a.id, status: "CANCELLED" },
      { userId: b.id, status: "REGISTERED" },
    ]);
    expect(await statusesOf(past.id)).toEqual([{ userId: a.id, status: "REGISTERED" }]);
    expect(await notificationsOf(b.id)).toContainEqual({
      title: `候补递补成功：${ahead.title}`,
      link: `/culture/events/${ahead.id}`,
    });
  });
});

describe("attendance", () => {
  it("is recorded by the organiser after the start only, for registrants only", async () => {
    const club = await makeClub(office, [officer], [member, a]);
    const e = await makeEvent(officer, { clubId: club.id, days: 1 });
    dataOf(await register(member, e.id));
    dataOf(await register(a, e.id));
    const entries = [
      { userId: member.id, status: "PRESENT" as const },
      { userId: a.id, status: "LEAVE" as const },
    ];
    await actAs(officer);
    expect(failureOf(await recordEventAttendance({ eventId: e.id, entries })).message).toBe(
      EVENT_MESSAGES.notStarted,
    );
    await db.cultureEvent.update({
      where: { id: e.id },
      data: { startsAt: new Date(Date.now() - 3600_000) },
    });
    for (const who of [member, office]) {
      await actAs(who);
      expect(failureOf(await recordEventAttendance({ eventId: e.id, entries })).message).toBe(
        EVENT_MESSAGES.notOrganiser,
      );
    }
    await actAs(officer);
    expect(
      failureOf(
        await recordEventAttendance({
          eventId: e.id,
          entries: [...entries, { userId: b.id, status: "PRESENT" }],
        }),
      ).message,
    ).toBe(EVENT_MESSAGES.outsideRoster(1));
    expect(
      await db.cultureRegistration.count({ where: { eventId: e.id, attendance: { not: null } } }),
    ).toBe(0);

    expect(dataOf(await recordEventAttendance({ eventId: e.id, entries })).changed).toBe(2);
    const mine = await eventParticipationOf(member.id);
    expect(mine.find((p) => p.eventId === e.id)).toMatchObject({
      status: "REGISTERED",
      attendance: "PRESENT",
      clubName: club.name,
    });
    const page = await getEvent({ id: officer.id, roles: ["STAFF"] }, e.id);
    expect(page!.roster!.registered.map((r) => [r.userId, r.attendance])).toEqual([
      [member.id, "PRESENT"],
      [a.id, "LEAVE"],
    ]);
  });

  it("is recorded by 政治处 for a group event", async () => {
    const e = await makeEvent(office, { days: 1 });
    dataOf(await register(a, e.id));
    await db.cultureEvent.update({
      where: { id: e.id },
      data: { startsAt: new Date(Date.now() - 60_000) },
    });
    await actAs(office);
    dataOf(
      await recordEventAttendance({
        eventId: e.id,
        entries: [{ userId: a.id, status: "PRESENT" }],
      }),
    );
    expect((await db.cultureEvent.findUnique({ where: { id: e.id } }))!.recordedAt).not.toBeNull();
  });

  it("opens 签到 half an hour before the start, and a person marked there can no longer cancel", async () => {
    const e = await makeEvent(office, { days: 1 });
    dataOf(await register(a, e.id));
    await db.cultureEvent.update({
      where: { id: e.id },
      data: { startsAt: new Date(Date.now() + 20 * 60_000) },
    });
    await actAs(office);
    dataOf(
      await recordEventAttendance({
        eventId: e.id,
        entries: [{ userId: a.id, status: "PRESENT" }],
      }),
    );
    await actAs(a);
    expect(failureOf(await cancelRegistration({ eventId: e.id })).message).toBe(
      EVENT_MESSAGES.cancelStarted,
    );
    expect(
      await db.cultureRegistration.count({ where: { eventId: e.id, status: "REGISTERED" } }),
    ).toBe(1);
  });
});
