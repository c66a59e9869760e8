// The appraisal's culture query (lib/culture/queries.ts): each kind of
// participation counts in its period, and nothing that is pending, hidden,
// cancelled, waitlisted, unpublished or outside the period counts.
import { describe, expect, it } from "vitest";

import { cultureParticipationFor } from "@/lib/culture/queries";
import { db } from "@/lib/db";

import { makeUser } from "./helpers";

const FROM = new Date("2026-01-01T00:00:00+08:00");
const TO = new Date("2027-01-01T00:00:00+08:00");
const IN = new Date("2026-06-15T10:00:00+08:00");
const BEFORE = new Date("2025-11-15T10:00:00+08:00");

let n = 0;
const tag = () => `${++n}-${Date.now().toString(36)}`;

async function call(organiserId: string, published: boolean) {
  return db.essayCall.create({
    data: {
      title: `征文${tag()}`,
      opensAt: new Date("2026-03-01T00:00:00+08:00"),
      closesAt: new Date("2026-05-01T00:00:00+08:00"),
      resultsPublishedAt: published ? IN : null,
      createdById: organiserId,
    },
  });
}

async function event(createdById: string, startsAt: Date, clubId?: string) {
  return db.cultureEvent.create({
    data: { type: "HIKE", title: `活动${tag()}`, startsAt, createdById, clubId: clubId ?? null },
  });
}

describe("cultureParticipationFor", () => {
  it("counts each kind in the period and leaves out what does not count", async () => {
    const po = await makeUser({ roles: ["POLITICAL_OFFICE"] });
    const [a, b, idle] = await Promise.all([makeUser(), makeUser(), makeUser()]);

    // Essays: a submits to a published call and wins; b's award is not yet published.
    const pub = await call(po.id, true);
    const unpub = await call(po.id, false);
    await db.essayEntry.create({
      data: {
        callId: pub.id,
        authorId: a.id,
        title: "一",
        submittedAt: IN,
        award: "FIRST",
        awardedAt: IN,
      },
    });
    await db.essayEntry.create({
      data: {
        callId: unpub.id,
        authorId: b.id,
        title: "二",
        submittedAt: IN,
        award: "SECOND",
        awardedAt: IN,
      },
    });
    await db.essayEntry.create({
      data: { callId: unpub.id, authorId: a.id, title: "旧", submittedAt: BEFORE },
    });

    // Clubs: a active; b left before the period; idle only pending.
    const club = await db.club.create({
      data: { name: `社团${tag()}`, foundedOn: BEFORE, createdById: po.id },
    });
    await db.clubMember.createMany({
      data: [
        { clubId: club.id, userId: a.id, status: "ACTIVE", decidedAt: BEFORE },
        { clubId: club.id, userId: b.id, status: "LEFT", decidedAt: BEFORE, leftAt: BEFORE },
        { clubId: club.id, userId: idle.id, status: "PENDING" },
      ],
    });

    // Events: a attended one in the period and one before; b was waitlisted, then marked present.
    const e1 = await event(po.id, IN);
    const e0 = await event(po.id, BEFORE);
    await db.cultureRegistration.createMany({
      data: [
        { eventId: e1.id, userId: a.id, attendance: "PRESENT" },
        { eventId: e0.id, userId: a.id, attendance: "PRESENT" },
        { eventId: e1.id, userId: b.id, status: "WAITLISTED", attendance: "PRESENT" },
        { eventId: e1.id, userId: idle.id, attendance: "ABSENT" },
      ],
    });

    // Photos: a has one approved and one hidden; b one pending.
    const album = await db.album.create({ data: { title: `相册${tag()}`, createdById: po.id } });
    const photo = (userId: string, status: string) =>
      db.photo.create({
        data: {
          albumId: album.id,
          attachmentId: `att-${tag()}`,
          thumbKey: `thumb-${tag()}`,
          width: 10,
          height: 10,
          status,
          uploadedById: userId,
          createdAt: IN,
        },
      });
    await photo(a.id, "APPROVED");
    await photo(a.id, "HIDDEN");
    await photo(b.id, "PENDING");

    const got = await cultureParticipationFor({
      userIds: [a.id, b.id, idle.id],
      from: FROM,
      to: TO,
    });
    expect(got.get(a.id)).toEqual({
      userId: a.id,
      essaysSubmitted: 1,
      awards: { FIRST: 1, SECOND: 0, THIRD: 0, EXCELLENCE: 0 },
      clubsActive: 1,
      eventsAttended: 1,
      photosApproved: 1,
    });
    expect(got.get(b.id)).toEqual({
      userId: b.id,
      essaysSubmitted: 1,
      awards: { FIRST: 0, SECOND: 0, THIRD: 0, EXCELLENCE: 0 },
      clubsActive: 0,
      eventsAttended: 0,
      photosApproved: 0,
    });
    expect(got.get(idle.id)?.clubsActive).toBe(0);
    expect(got.get(idle.id)?.eventsAttended).toBe(0);
  });

  it("returns zeros for people who took part in nothing, and nothing for nobody", async () => {
    const u = await makeUser();
    const got = await cultureParticipationFor({ userIds: [u.id], from: FROM, to: TO });
    expect(got.get(u.id)?.essaysSubmitted).toBe(0);
    expect((await cultureParticipationFor({ userIds: [], from: FROM, to: TO })).size).toBe(0);
  });
});
