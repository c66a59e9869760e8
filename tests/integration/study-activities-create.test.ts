// Study activities on a real database, creating, editing and deleting: the
// expected attendees fixed from the scope and notified; bad input and
// non-managers writing nothing; details edited but never the scope; an
// activity deleted with its materials' files only while no attendance is
// recorded. Shared people and builders: ./fixtures/study-activities.ts.
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import {
  createStudyActivity,
  deleteStudyActivity,
  recordStudyAttendance,
  updateStudyActivity,
  uploadActivityMaterial,
} from "@/lib/study/activities/actions";
import { ACTIVITY_MESSAGES } from "@/lib/study/activities/schemas";

import { makePdf } from "../support/files";
import {
  a1,
  a2,
  admin,
  b1,
  day,
  deptA,
  deptB,
  disabled,
  fileOf,
  headA,
  leader,
  newActivity,
  NOT_FOUND,
  office,
  organiser,
  setupStudyActivities,
  storedFiles,
  uploadForm,
} from "./fixtures/study-activities";
import { actAs, lastAudit, makeDepartment } from "./helpers";

setupStudyActivities();

describe("creating activities", () => {
  it("fixes the expected attendees from the scope (active business users only) and notifies each", async () => {
    const id = await newActivity({ title: "理想信念教育", type: "EDUCATION", theme: "IDEALS" });
    const rows = await db.studyAttendance.findMany({
      where: { activityId: id },
      select: { userId: true, status: true },
    });
    expect(rows.map((r) => r.userId).sort()).toEqual([headA.id, a1.id, a2.id].sort());
    expect(rows.every((r) => r.status === null)).toBe(true);
    expect(await db.studyActivity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      type: "EDUCATION",
      theme: "IDEALS",
      scopeType: "DEPARTMENTS",
      scopeValue: JSON.stringify([deptA.id]),
      organiserId: organiser.id,
      createdById: office.id,
      recordedAt: null,
    });
    for (const u of [headA, a1, a2]) {
      expect(
        await db.notification.findFirst({
          where: { userId: u.id, link: `/study/activities/${id}` },
        }),
      ).toMatchObject({ title: "您有一项学习活动：理想信念教育" });
    }
    expect(
      await db.notification.findFirst({
        where: { userId: organiser.id, link: `/study/activities/${id}` },
      }),
    ).toMatchObject({ title: "您被指定为学习活动组织人：理想信念教育" });
    expect(
      await db.notification.count({
        where: { userId: { in: [disabled.id, admin.id, b1.id] }, link: `/study/activities/${id}` },
      }),
    ).toBe(0);
    expect(await lastAudit()).toMatchObject({
      action: "study.activity.create",
      result: "SUCCESS",
      objectId: id,
    });
  });

  it("refuses bad input and non-managers with Chinese errors, writing nothing", async () => {
    const before = await db.studyActivity.count();
    const notesBefore = await db.notification.count();
    const ok = {
      type: "SEMINAR",
      title: "x",
      heldAt: day(1),
      organiserId: organiser.id,
      scopeType: "DEPARTMENTS",
      departmentIds: [deptA.id],
    };
    await actAs(office);
    expect(await createStudyActivity({ ...ok, type: "EDUCATION" })).toMatchObject({
      ok: false,
      fieldErrors: { theme: "教育培训须选择教育主题" },
    });
    expect(await createStudyActivity({ ...ok, theme: "ETHICS" })).toMatchObject({
      ok: false,
      fieldErrors: { theme: "只有教育培训类活动设置教育主题" },
    });
    expect(
      await createStudyActivity({ ...ok, scopeType: "USERS", attendeeIds: [a1.id, disabled.id] }),
    ).toMatchObject({ ok: false, fieldErrors: { attendeeIds: ACTIVITY_MESSAGES.attendeeInvalid } });
    expect(
      await createStudyActivity({ ...ok, scopeType: "USERS", attendeeIds: [admin.id] }),
    ).toMatchObject({ ok: false, fieldErrors: { attendeeIds: ACTIVITY_MESSAGES.attendeeInvalid } });
    expect(await createStudyActivity({ ...ok, organiserId: disabled.id })).toMatchObject({
      ok: false,
      fieldErrors: { organiserId: ACTIVITY_MESSAGES.organiserInvalid },
    });
    expect(await createStudyActivity({ ...ok, departmentIds: ["c-no-such-dept"] })).toMatchObject({
      ok: false,
      fieldErrors: { departmentIds: ACTIVITY_MESSAGES.departmentInvalid },
    });
    const empty = await makeDepartment();
    expect(await createStudyActivity({ ...ok, departmentIds: [empty.id] })).toMatchObject({
      ok: false,
      fieldErrors: { scopeType: ACTIVITY_MESSAGES.noAttendees },
    });
    await db.department.delete({ where: { id: empty.id } });
    for (const u of [a1, headA, leader]) {
      await actAs(u);
      expect(await createStudyActivity(ok)).toMatchObject({
        ok: false,
        message: "您没有执行此操作的权限",
      });
    }
    expect(await db.studyActivity.count()).toBe(before);
    expect(await db.notification.count()).toBe(notesBefore);
  });
});

describe("editing and deleting activities", () => {
  it("lets 政治处 edit the details but not the scope, notifying attendees of a new time or place", async () => {
    const id = await newActivity({ title: "待修改的讲座", heldAt: day(3) });
    await actAs(office);
    const base = {
      id,
      type: "SEMINAR",
      title: "已修改的讲座",
      heldAt: day(3),
      organiserId: organiser.id,
      location: "第一会议室",
      description: "",
    };
    expect(await updateStudyActivity(base)).toMatchObject({
      ok: true,
      data: { changed: ["title"] },
    });
    expect(
      await db.notification.count({
        where: {
          link: `/study/activities/${id}`,
          title: { startsWith: "学习活动时间或地点已变更" },
        },
      }),
    ).toBe(0);
    expect(
      await updateStudyActivity({
        ...base,
        heldAt: day(4, "09:00"),
        location: "第二会议室",
        scopeType: "ALL",
        departmentIds: [deptB.id],
      }),
    ).toMatchObject({ ok: true, data: { changed: ["heldAt", "location"] } });
    for (const u of [headA, a1, a2]) {
      expect(
        await db.notification.findFirst({
          where: {
            userId: u.id,
            link: `/study/activities/${id}`,
            title: "学习活动时间或地点已变更：已修改的讲座",
          },
        }),
      ).toMatchObject({ body: expect.stringContaining("第二会议室") });
    }
    // The scope stayed as created.
    expect(await db.studyActivity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "已修改的讲座",
      location: "第二会议室",
      scopeType: "DEPARTMENTS",
      scopeValue: JSON.stringify([deptA.id]),
    });
    expect(
      (await db.studyAttendance.findMany({ where: { activityId: id } }))
        .map((r) => r.userId)
        .sort(),
    ).toEqual([headA.id, a1.id, a2.id].sort());

    // Bad input and non-managers change nothing.
    expect(await updateStudyActivity({ ...base, type: "EDUCATION" })).toMatchObject({
      ok: false,
      fieldErrors: { theme: "教育培训须选择教育主题" },
    });
    expect(await updateStudyActivity({ ...base, title: "" })).toMatchObject({
      ok: false,
      fieldErrors: { title: expect.any(String) },
    });
    expect(await updateStudyActivity({ ...base, id: "no-such-activity" })).toMatchObject({
      ok: false,
      message: NOT_FOUND,
    });
    await actAs(organiser);
    expect(await updateStudyActivity({ ...base, title: "组织人改名" })).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    expect(await db.studyActivity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "已修改的讲座",
      type: "SEMINAR",
    });
  });

  it("deletes an activity with no attendance recorded, its materials' files after the commit, telling attendees of an upcoming one", async () => {
    const id = await newActivity({ title: "将取消的座谈会", type: "FORUM", heldAt: day(2) });
    await actAs(organiser);
    expect(
      await uploadActivityMaterial(uploadForm(id, fileOf(makePdf(), "议程.pdf"))),
    ).toMatchObject({ ok: true });
    const before = await storedFiles();
    await actAs(office);
    expect(await deleteStudyActivity({ id })).toMatchObject({ ok: true });
    expect(await db.studyActivity.findUnique({ where: { id } })).toBeNull();
    expect(await db.studyAttendance.count({ where: { activityId: id } })).toBe(0);
    expect(await db.attachment.count({ where: { ownerType: "StudyActivity", ownerId: id } })).toBe(
      0,
    );
    expect((await storedFiles()).length).toBe(before.length - 1);
    expect(
      await db.notification.findFirst({
        where: { userId: a1.id, title: "学习活动已取消：将取消的座谈会" },
      }),
    ).not.toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "study.activity.delete",
      result: "SUCCESS",
      objectId: id,
    });
  });

  it("refuses to delete once attendance is recorded, and refuses non-managers", async () => {
    const id = await newActivity({ title: "已考勤的党课", type: "PARTY_LECTURE" });
    await actAs(organiser);
    expect(await deleteStudyActivity({ id })).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    expect(
      await recordStudyAttendance({
        activityId: id,
        entries: [{ userId: a1.id, status: "PRESENT" }],
      }),
    ).toMatchObject({ ok: true });
    await actAs(office);
    expect(await deleteStudyActivity({ id })).toEqual({
      ok: false,
      message: "本次活动已登记考勤，考勤已计入学习积分，不能删除",
    });
    expect(await db.studyActivity.findUnique({ where: { id } })).not.toBeNull();
  });
});
