// Study activities on a real database, who sees them and who records
// attendance: others get not found; attendance is saved in one action by the
// organiser or 政治处 only, and a person outside the scope rejects the whole
// save. Shared people and builders: ./fixtures/study-activities.ts.
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { recordStudyAttendance } from "@/lib/study/activities/actions";
import { getActivity, listActivities } from "@/lib/study/activities/queries";
import { ACTIVITY_MESSAGES } from "@/lib/study/activities/schemas";

import {
  a1,
  a2,
  admin,
  b1,
  headA,
  headB,
  leader,
  newActivity,
  NOT_FOUND,
  office,
  organiser,
  session,
  setupStudyActivities,
  type U,
} from "./fixtures/study-activities";
import { actAs, lastAudit } from "./helpers";

setupStudyActivities();

describe("visibility", () => {
  it("shows an activity to attendees, the organiser, 政治处, 院领导 and the head of an attendee's department; others get not found", async () => {
    const id = await newActivity();
    const seen = async (u: U) => (await getActivity(await session(u), id)) !== null;
    const listed = async (u: U) =>
      (await listActivities(await session(u), { page: 1 })).rows.some((r) => r.id === id);
    for (const u of [a1, a2, headA, organiser, office, leader]) {
      expect(await seen(u)).toBe(true);
      expect(await listed(u)).toBe(true);
    }
    for (const u of [b1, headB, admin]) {
      expect(await seen(u)).toBe(false);
      expect(await listed(u)).toBe(false);
    }

    // Rows: everyone's for the organiser and 政治处; the department's for its head; one's own otherwise.
    const rowsOf = async (u: U) =>
      (await getActivity(await session(u), id))!.rows.map((r) => r.userId).sort();
    expect(await rowsOf(organiser)).toEqual([headA.id, a1.id, a2.id].sort());
    expect(await rowsOf(leader)).toEqual([headA.id, a1.id, a2.id].sort());
    expect(await rowsOf(headA)).toEqual([headA.id, a1.id, a2.id].sort());
    expect(await rowsOf(a1)).toEqual([a1.id]);
    const forA1 = (await getActivity(await session(a1), id))!;
    expect(forA1).toMatchObject({
      canRecord: false,
      rowsScope: "own",
      tally: { expected: 3, unrecorded: 3 },
    });
    expect((await getActivity(await session(organiser), id))!.canRecord).toBe(true);
  });
});

describe("recording attendance", () => {
  it("rejects a person outside the scope: the whole save, nothing written", async () => {
    const id = await newActivity();
    await actAs(organiser);
    const res = await recordStudyAttendance({
      activityId: id,
      entries: [
        { userId: a1.id, status: "PRESENT" },
        { userId: a2.id, status: "PRESENT" },
        { userId: b1.id, status: "PRESENT" },
      ],
    });
    expect(res).toEqual({ ok: false, message: "有 1 人不在本次活动的应到人员范围内，考勤未保存" });
    expect(
      await recordStudyAttendance({
        activityId: id,
        entries: [
          { userId: a1.id, status: "PRESENT" },
          { userId: a1.id, status: "LEAVE" },
        ],
      }),
    ).toEqual({ ok: false, message: ACTIVITY_MESSAGES.duplicate });
    expect(
      await db.studyAttendance.count({
        where: {
          activityId: id,
          OR: [
            { status: { not: null } },
            { recordedAt: { not: null } },
            { recordedById: { not: null } },
          ],
        },
      }),
    ).toBe(0);
    expect(await db.studyAttendance.count({ where: { activityId: id, userId: b1.id } })).toBe(0);
    expect((await db.studyActivity.findUniqueOrThrow({ where: { id } })).recordedAt).toBeNull();
  });

  it("saves all present, then one edited to leave, with recorder and time", async () => {
    const id = await newActivity();
    await actAs(organiser);
    const everyone = [headA, a1, a2];
    expect(
      await recordStudyAttendance({
        activityId: id,
        entries: everyone.map((u) => ({ userId: u.id, status: "PRESENT" })),
      }),
    ).toEqual({ ok: true, data: { changed: 3 } });
    const first = await db.studyAttendance.findMany({ where: { activityId: id } });
    expect(
      first.every((r) => r.status === "PRESENT" && r.recordedById === organiser.id && r.recordedAt),
    ).toBe(true);
    const recordedAt = (await db.studyActivity.findUniqueOrThrow({ where: { id } })).recordedAt;
    expect(recordedAt).not.toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "study.attendance.record",
      result: "SUCCESS",
      objectId: id,
      detail: JSON.stringify({ present: 3, leave: 0, absent: 0, unrecorded: 0, changed: 3 }),
    });

    // 政治处 edits one person in a second save; only that row changes.
    await actAs(office);
    expect(
      await recordStudyAttendance({
        activityId: id,
        entries: [
          { userId: headA.id, status: "PRESENT" },
          { userId: a1.id, status: "PRESENT" },
          { userId: a2.id, status: "LEAVE" },
        ],
      }),
    ).toEqual({ ok: true, data: { changed: 1 } });
    const after = new Map(
      (await db.studyAttendance.findMany({ where: { activityId: id } })).map((r) => [r.userId, r]),
    );
    expect(after.get(a2.id)).toMatchObject({ status: "LEAVE", recordedById: office.id });
    expect(after.get(a1.id)).toMatchObject({
      status: "PRESENT",
      recordedById: organiser.id,
      recordedAt: first.find((r) => r.userId === a1.id)!.recordedAt,
    });
    expect((await db.studyActivity.findUniqueOrThrow({ where: { id } })).recordedAt).toEqual(
      recordedAt,
    );
    expect((await getActivity(await session(headA), id))!.tally).toMatchObject({
      expected: 3,
      present: 2,
      leave: 1,
      absent: 0,
      unrecorded: 0,
      rate: 66.7,
    });

    // Clearing a status puts the row back to not recorded.
    await actAs(organiser);
    expect(
      await recordStudyAttendance({
        activityId: id,
        entries: [{ userId: headA.id, status: null }],
      }),
    ).toMatchObject({ ok: true });
    expect(
      await db.studyAttendance.findUniqueOrThrow({
        where: { activityId_userId: { activityId: id, userId: headA.id } },
      }),
    ).toMatchObject({ status: null, recordedById: null, recordedAt: null });
  });

  it("refuses attendees, department heads and strangers who are not the organiser", async () => {
    const id = await newActivity();
    const entries = [{ userId: a1.id, status: "ABSENT" }];
    for (const u of [a1, headA]) {
      await actAs(u);
      expect(await recordStudyAttendance({ activityId: id, entries })).toEqual({
        ok: false,
        message: ACTIVITY_MESSAGES.notRecorder,
      });
      expect(await lastAudit()).toMatchObject({
        action: "study.attendance.record",
        result: "DENIED",
        userId: u.id,
      });
    }
    await actAs(b1);
    expect(await recordStudyAttendance({ activityId: id, entries })).toEqual({
      ok: false,
      message: NOT_FOUND,
    });
    expect(await lastAudit()).toMatchObject({
      action: "study.attendance.record",
      result: "NOT_FOUND",
      userId: b1.id,
    });
    await actAs(admin);
    expect(await recordStudyAttendance({ activityId: id, entries })).toEqual({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    expect(
      await db.studyAttendance.count({ where: { activityId: id, status: { not: null } } }),
    ).toBe(0);
  });
});
