// 党组引航 through the one action wrapper, bad input: owners from another
// department or disabled, unknown departments, goals and meetings, bad dates,
// over-long text and disabled attendees are refused with field errors and
// leave the data unchanged. Shared organisation: ./fixtures/direction.ts.
import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { createDeployment } from "@/lib/direction/deployments/actions";
import { createGoal } from "@/lib/direction/goals/actions";
import { createMeeting, updateMeeting } from "@/lib/direction/meetings/actions";

import { inDays, org, type Org } from "./fixtures/direction";
import { actAs, makeUser } from "./helpers";

describe("direction: goals, meetings and deployments", () => {
  let o: Org;
  beforeEach(async () => {
    o = await org();
  });

  it.each([
    [
      "an owner from another department",
      (o: Org) => ({ departmentId: o.a.id, ownerId: o.memberB.id, dueDate: inDays(5) }),
      "assignments.0.ownerId",
      "责任人须为该部门人员",
    ],
    [
      "an unknown department",
      (o: Org) => ({
        departmentId: "cknotarealdept00000000000",
        ownerId: o.memberA.id,
        dueDate: inDays(5),
      }),
      "assignments.0.departmentId",
      "部门不存在，请重新选择",
    ],
    [
      "a due date in the past",
      (o: Org) => ({ departmentId: o.a.id, ownerId: o.memberA.id, dueDate: inDays(-3) }),
      "assignments.0.dueDate",
      "截止日期不能早于今天",
    ],
    [
      "an impossible date",
      (o: Org) => ({ departmentId: o.a.id, ownerId: o.memberA.id, dueDate: "2026-02-30" }),
      "assignments.0.dueDate",
      "截止日期不是有效日期",
    ],
  ])("refuses %s with a field error and writes nothing", async (_, row, field, message) => {
    await actAs(o.office);
    const before = await db.deployment.count();
    const res = await createDeployment({ title: "有误的部署", assignments: [row(o)] });
    expect(res).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
    expect(await db.deployment.count()).toBe(before);
  });

  it("refuses a disabled owner, a duplicate department and unknown goal or meeting ids", async () => {
    await actAs(o.office);
    const before = await Promise.all([db.deployment.count(), db.notification.count()]);
    const disabled = await makeUser({ departmentId: o.a.id, status: "DISABLED" });
    expect(
      await createDeployment({
        title: "停用责任人",
        assignments: [{ departmentId: o.a.id, ownerId: disabled.id, dueDate: inDays(5) }],
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { "assignments.0.ownerId": "该责任人账户已停用，请另选本部门在岗人员" },
    });
    expect(
      await createDeployment({
        title: "重复部门",
        assignments: [
          { departmentId: o.a.id, ownerId: o.headA.id, dueDate: inDays(5) },
          { departmentId: o.a.id, ownerId: o.memberA.id, dueDate: inDays(5) },
        ],
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { "assignments.1.departmentId": "同一部署事项中部门不能重复" },
    });
    expect(
      await createDeployment({
        title: "来源不存在",
        goalId: "cknotarealgoal00000000000",
        meetingId: "cknotarealmeeting00000000",
        assignments: [{ departmentId: o.a.id, ownerId: o.headA.id, dueDate: inDays(5) }],
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        goalId: "所选年度目标不存在，请重新选择",
        meetingId: "所选会议不存在，请重新选择",
      },
    });
    expect(await createDeployment({ title: "无部门", assignments: [] })).toMatchObject({
      ok: false,
      fieldErrors: { assignments: "请至少指派一个部门" },
    });
    expect(await Promise.all([db.deployment.count(), db.notification.count()])).toEqual(before);
  });

  it("refuses over-long text, a bad meeting date and a disabled attendee with field errors", async () => {
    await actAs(o.leader);
    const before = await Promise.all([db.goal.count(), db.meeting.count()]);
    expect(
      await createGoal({ year: 2026, title: "长".repeat(121), status: "PLANNED" }),
    ).toMatchObject({ ok: false, fieldErrors: { title: "目标名称不能超过 120 个字符" } });
    expect(await createGoal({ year: 2026, title: "状态无效", status: "DONE" })).toMatchObject({
      ok: false,
      fieldErrors: { status: "请选择目标状态" },
    });
    expect(
      await createMeeting({ type: "DANGZU", title: "会", heldAt: "2026-13-01" }),
    ).toMatchObject({ ok: false, fieldErrors: { heldAt: "会议日期不是有效日期" } });
    expect(await createMeeting({ type: "DANGZU", title: "会", heldAt: "" })).toMatchObject({
      ok: false,
      fieldErrors: { heldAt: "请填写会议日期" },
    });
    expect(
      await createMeeting({
        type: "DANGZU",
        title: "会",
        heldAt: "2026-01-02",
        decisions: "决".repeat(5001),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { decisions: "决定事项不能超过 5000 个字符" } });
    expect(await createMeeting({ type: "OTHER", title: "会", heldAt: "2026-01-02" })).toMatchObject(
      { ok: false, fieldErrors: { type: "请选择会议类型" } },
    );
    const gone = await makeUser({ departmentId: o.a.id, status: "DISABLED" });
    expect(
      await createMeeting({
        type: "DANGZU",
        title: "会",
        heldAt: "2026-01-02",
        attendeeIds: [o.headA.id, gone.id],
      }),
    ).toMatchObject({ ok: false, fieldErrors: { attendeeIds: expect.stringContaining("已停用") } });
    expect(await Promise.all([db.goal.count(), db.meeting.count()])).toEqual(before);
  });

  it("keeps attendees recorded before they were disabled when a meeting is edited", async () => {
    await actAs(o.leader);
    const m = await createMeeting({
      type: "ZUOTAN",
      title: "座谈会",
      heldAt: "2026-02-01",
      attendeeIds: [o.memberA.id, o.memberB.id],
    });
    if (!m.ok) throw new Error("setup");
    await db.user.update({ where: { id: o.memberA.id }, data: { status: "DISABLED" } });
    const res = await updateMeeting({
      id: m.data.id,
      type: "ZUOTAN",
      title: "座谈会（修订）",
      heldAt: "2026-02-01",
      attendeeIds: [o.memberA.id],
    });
    expect(res.ok).toBe(true);
    expect(
      (await db.meetingAttendee.findMany({ where: { meetingId: m.data.id } })).map((x) => x.userId),
    ).toEqual([o.memberA.id]);
  });
});
