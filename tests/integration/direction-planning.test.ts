// 党组引航 through the one action wrapper, setting the direction: 政治处 sets
// goals, LEADER records meetings, deployments come from a goal and a meeting
// and notify each owner, and STAFF may do none of it. Bad input is in
// direction-validation.test.ts. Shared organisation: ./fixtures/direction.ts.
import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { createDeployment } from "@/lib/direction/deployments/actions";
import { createGoal } from "@/lib/direction/goals/actions";
import { createMeeting } from "@/lib/direction/meetings/actions";

import { deploy, inDays, org, type Org } from "./fixtures/direction";
import { actAs, lastAudit } from "./helpers";

describe("direction: goals, meetings and deployments", () => {
  let o: Org;
  beforeEach(async () => {
    o = await org();
  });

  it("lets 政治处 set a goal and LEADER record a meeting with attendees", async () => {
    await actAs(o.office);
    const goal = await createGoal({
      year: 2026,
      title: `站在新起点、踏上新征程、迈上新台阶-${o.a.id}`,
      status: "IN_PROGRESS",
      description: "总体目标",
    });
    expect(goal.ok).toBe(true);
    if (!goal.ok) return;
    expect(await db.goal.findUniqueOrThrow({ where: { id: goal.data.id } })).toMatchObject({
      year: 2026,
      status: "IN_PROGRESS",
      createdById: o.office.id,
    });
    expect(await lastAudit()).toMatchObject({
      action: "direction.goal.create",
      result: "SUCCESS",
      objectType: "Goal",
      objectId: goal.data.id,
    });

    await actAs(o.leader);
    const meeting = await createMeeting({
      type: "DANGZU",
      title: "党组会：研究部署",
      heldAt: "2026-03-02",
      minutes: "第一行\n第二行 <script>alert(1)</script>",
      decisions: "一、成立工作组",
      attendeeIds: [o.leader.id, o.headA.id, o.headA.id],
    });
    expect(meeting.ok).toBe(true);
    if (!meeting.ok) return;
    const saved = await db.meeting.findUniqueOrThrow({
      where: { id: meeting.data.id },
      include: { attendees: true },
    });
    expect(saved.minutes).toBe("第一行\n第二行 <script>alert(1)</script>");
    expect(saved.heldAt.toISOString()).toBe("2026-03-01T16:00:00.000Z");
    expect(saved.attendees.map((x) => x.userId).sort()).toEqual([o.leader.id, o.headA.id].sort());
  });

  it("refuses a STAFF user creating a goal, meeting or deployment, and writes nothing", async () => {
    await actAs(o.staffA);
    const counts = async () =>
      Promise.all([
        db.goal.count(),
        db.meeting.count(),
        db.deployment.count(),
        db.deploymentAssignment.count(),
      ]);
    const before = await counts();
    expect(await createGoal({ year: 2026, title: "越权目标", status: "PLANNED" })).toEqual({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    expect(
      await createMeeting({ type: "YUANWU", title: "越权会议", heldAt: "2026-01-05" }),
    ).toEqual({ ok: false, message: "您没有执行此操作的权限" });
    expect(
      await createDeployment({
        title: "越权部署",
        assignments: [{ departmentId: o.a.id, ownerId: o.memberA.id, dueDate: inDays(10) }],
      }),
    ).toEqual({ ok: false, message: "您没有执行此操作的权限" });
    expect(await counts()).toEqual(before);
    expect(await lastAudit()).toMatchObject({
      action: "direction.deployment.create",
      result: "DENIED",
      userId: o.staffA.id,
    });
  });

  it("creates a deployment from a goal and a meeting, and notifies each owner", async () => {
    await actAs(o.leader);
    const goal = await createGoal({
      year: 2026,
      title: `办案质效-${o.a.id}`,
      status: "IN_PROGRESS",
    });
    const meeting = await createMeeting({
      type: "QUANYUAN",
      title: "全院干警大会",
      heldAt: "2026-01-20",
    });
    if (!goal.ok || !meeting.ok) throw new Error("setup");
    const d = await deploy(o, { goalId: goal.data.id, meetingId: meeting.data.id });
    const saved = await db.deployment.findUniqueOrThrow({
      where: { id: d.id },
      include: { assignments: true },
    });
    expect(saved).toMatchObject({
      goalId: goal.data.id,
      meetingId: meeting.data.id,
      createdById: o.office.id,
    });
    expect(saved.assignments.map((x) => x.status)).toEqual(["OPEN", "OPEN"]);
    for (const owner of [o.headA, o.headB]) {
      const n = await db.notification.findMany({ where: { userId: owner.id } });
      expect(n).toHaveLength(1);
      expect(n[0]).toMatchObject({
        title: "部署事项：开展减压谈心活动",
        link: `/direction/deployments/${d.id}`,
      });
    }
  });

  it("accepts the form's parallel lists of assignment fields", async () => {
    await actAs(o.office);
    const fd = new FormData();
    fd.set("title", "表单部署");
    for (const [dept, owner] of [
      [o.a.id, o.memberA.id],
      [o.b.id, o.memberB.id],
    ]) {
      fd.append("assignmentDepartmentId[]", dept);
      fd.append("assignmentOwnerId[]", owner);
      fd.append("assignmentDueDate[]", inDays(7));
    }
    const res = await createDeployment(null, fd);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(await db.deploymentAssignment.count({ where: { deploymentId: res.data.id } })).toBe(2);
  });
});
