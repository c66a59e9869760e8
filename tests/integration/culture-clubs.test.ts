// 社团 on a real database: 政治处 founds a club with its first officers; staff
// ask to join and an officer approves (the requester is notified inside the
// same transaction); a non-officer cannot decide, write the log or stand for
// an officer; bad input writes nothing.
import { beforeAll, describe, expect, it } from "vitest";

import {
  createClub,
  decideJoinRequest,
  leaveClub,
  requestToJoinClub,
  setClubOfficer,
  writeClubLog,
} from "@/lib/culture/clubs/actions";
import { clubMembershipsOf, getClub } from "@/lib/culture/clubs/queries";
import { CLUB_MESSAGES } from "@/lib/culture/clubs/schemas";
import { db } from "@/lib/db";

import { makeClub, makeStaff, NOT_FOUND, notificationsOf, type U } from "./fixtures/culture";
import { actAs, lastAudit } from "./helpers";
import { dataOf, failureOf } from "./result";

let office: U, officer: U, member: U, joiner: U, other: U;

beforeAll(async () => {
  [office] = await makeStaff(1, ["POLITICAL_OFFICE"]);
  [officer, member, joiner, other] = await makeStaff(4);
});

const memberOf = (clubId: string, userId: string) =>
  db.clubMember.findUnique({ where: { clubId_userId: { clubId, userId } } });

describe("founding a club", () => {
  it("政治处 creates a club with its first officers, who are told", async () => {
    await actAs(office);
    const { id } = dataOf(
      await createClub({
        name: `读书会${Date.now()}`,
        charter: "每月共读一本书",
        foundedOn: "2024-03-01",
        officerIds: [officer.id],
      }),
    );
    expect(await memberOf(id, officer.id)).toMatchObject({ role: "OFFICER", status: "ACTIVE" });
    expect(await notificationsOf(officer.id)).toContainEqual({
      title: expect.stringContaining("您被指定为社团负责人"),
      link: `/culture/clubs/${id}`,
    });
  });

  it("refuses staff, a duplicate name and a disabled officer, writing nothing", async () => {
    await actAs(officer);
    expect(
      failureOf(
        await createClub({
          name: "x",
          charter: "y",
          foundedOn: "2024-01-01",
          officerIds: [officer.id],
        }),
      ).message,
    ).toBeTruthy();
    const club = await makeClub(office, [officer]);
    const [disabled] = await makeStaff(1);
    await db.user.update({ where: { id: disabled.id }, data: { status: "DISABLED" } });
    await actAs(office);
    const before = await db.club.count();
    const dup = failureOf(
      await createClub({
        name: club.name,
        charter: "y",
        foundedOn: "2024-01-01",
        officerIds: [officer.id],
      }),
    );
    expect(dup.message).toBe(CLUB_MESSAGES.nameTaken);
    const bad = failureOf(
      await createClub({
        name: `新社团${Date.now()}`,
        charter: "y",
        foundedOn: "2024-01-01",
        officerIds: [disabled.id],
      }),
    );
    expect(bad.fieldErrors?.officerIds).toBe(CLUB_MESSAGES.officerInvalid);
    const none = failureOf(
      await createClub({ name: `新社团${Date.now()}`, charter: "y", foundedOn: "2024-01-01" }),
    );
    expect(none.fieldErrors?.officerIds).toBe(CLUB_MESSAGES.officersRequired);
    expect(await db.club.count()).toBe(before);
  });
});

describe("joining and leaving", () => {
  it("join → officer approves → the requester is notified and is an active member", async () => {
    const club = await makeClub(office, [officer]);
    await actAs(joiner);
    expect(dataOf(await requestToJoinClub({ clubId: club.id })).status).toBe("PENDING");
    expect(failureOf(await requestToJoinClub({ clubId: club.id })).message).toBe(
      CLUB_MESSAGES.alreadyPending,
    );
    // The officer sees the request; others do not.
    await actAs(officer);
    const forOfficer = await getClub({ id: officer.id, roles: ["STAFF"] }, club.id, {
      page: 1,
      logPage: 1,
    });
    expect(forOfficer!.pending.map((p) => p.userId)).toEqual([joiner.id]);
    const forOther = await getClub({ id: other.id, roles: ["STAFF"] }, club.id, {
      page: 1,
      logPage: 1,
    });
    expect(forOther!.pending).toEqual([]);

    dataOf(await decideJoinRequest({ clubId: club.id, userId: joiner.id, approve: true }));
    expect(await memberOf(club.id, joiner.id)).toMatchObject({
      status: "ACTIVE",
      role: "MEMBER",
      decidedById: officer.id,
    });
    expect(await notificationsOf(joiner.id)).toContainEqual({
      title: expect.stringMatching(/申请已通过/),
      link: `/culture/clubs/${club.id}`,
    });
    expect((await clubMembershipsOf(joiner.id)).map((m) => m.clubId)).toContain(club.id);

    // Asking again, or deciding twice, is refused with a message.
    await actAs(joiner);
    expect(failureOf(await requestToJoinClub({ clubId: club.id })).message).toBe(
      CLUB_MESSAGES.alreadyMember,
    );
    await actAs(officer);
    expect(
      failureOf(await decideJoinRequest({ clubId: club.id, userId: joiner.id, approve: false }))
        .message,
    ).toBe(CLUB_MESSAGES.notPending);

    // Leaving keeps the approval date (the membership counted while active).
    await actAs(joiner);
    dataOf(await leaveClub({ clubId: club.id }));
    const left = await memberOf(club.id, joiner.id);
    expect(left).toMatchObject({ status: "LEFT" });
    expect(left!.decidedAt).not.toBeNull();
    expect((await clubMembershipsOf(joiner.id)).map((m) => m.clubId)).not.toContain(club.id);
  });

  it("refuses a non-officer deciding, writing the log or appointing; nothing is written", async () => {
    const club = await makeClub(office, [officer], [member]);
    await actAs(other);
    dataOf(await requestToJoinClub({ clubId: club.id }));
    const notesBefore = await db.notification.count({ where: { userId: other.id } });
    for (const who of [member, other]) {
      await actAs(who);
      const r = failureOf(
        await decideJoinRequest({ clubId: club.id, userId: other.id, approve: true }),
      );
      expect(r.message).toBe(CLUB_MESSAGES.notOfficer);
      expect((await lastAudit())?.result).toBe("DENIED");
      expect(
        failureOf(await writeClubLog({ clubId: club.id, loggedOn: "2026-01-05", body: "日志" }))
          .message,
      ).toBe(CLUB_MESSAGES.notOfficer);
      expect(
        failureOf(await setClubOfficer({ clubId: club.id, userId: who.id, officer: true })).ok,
      ).toBe(false);
    }
    // 政治处 is not an officer either: it appoints them.
    await actAs(office);
    expect(
      failureOf(await decideJoinRequest({ clubId: club.id, userId: other.id, approve: true }))
        .message,
    ).toBe(CLUB_MESSAGES.notOfficer);
    expect(await memberOf(club.id, other.id)).toMatchObject({ status: "PENDING" });
    expect(await memberOf(club.id, member.id)).toMatchObject({ role: "MEMBER" });
    expect(await db.clubLog.count({ where: { clubId: club.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: other.id } })).toBe(notesBefore);
    // An unknown club is not found.
    await actAs(officer);
    expect(
      failureOf(await writeClubLog({ clubId: "nope", loggedOn: "2026-01-05", body: "x" })).message,
    ).toBe(NOT_FOUND);
  });

  it("政治处 appoints a second officer; the last officer cannot leave", async () => {
    const club = await makeClub(office, [officer], [member]);
    await actAs(officer);
    expect(failureOf(await leaveClub({ clubId: club.id })).message).toBe(CLUB_MESSAGES.lastOfficer);
    await actAs(office);
    dataOf(await setClubOfficer({ clubId: club.id, userId: member.id, officer: true }));
    await actAs(member);
    dataOf(await writeClubLog({ clubId: club.id, loggedOn: "2026-01-05", body: "开展读书分享" }));
    await actAs(officer);
    dataOf(await leaveClub({ clubId: club.id }));
    await actAs(office);
    expect(
      failureOf(await setClubOfficer({ clubId: club.id, userId: member.id, officer: false }))
        .message,
    ).toBe(CLUB_MESSAGES.keepOneOfficer);
  });
});
