// 党组引航 through the one action wrapper, managing a deployment: changing an
// owner (not removing a department that has reported) and opening follow-ups
// from a deployment or a meeting, for 政治处 only. Shared organisation:
// ./fixtures/direction.ts.
import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import {
  openFollowUpFromDeployment,
  postDeploymentProgress,
  updateDeployment,
} from "@/lib/direction/deployments/actions";
import { getDeployment } from "@/lib/direction/deployments/queries";
import { createMeeting, openFollowUpFromMeeting } from "@/lib/direction/meetings/actions";

import { deploy, inDays, org, viewer, type Org } from "./fixtures/direction";
import { actAs } from "./helpers";

describe("direction: managing a deployment", () => {
  let o: Org;
  beforeEach(async () => {
    o = await org();
  });

  it("changes an owner and notifies the new one; refuses removing a department that has reported", async () => {
    const d = await deploy(o);
    await actAs(o.liaisonB);
    expect(
      (
        await postDeploymentProgress({
          assignmentId: d.assignmentB.id,
          status: "IN_PROGRESS",
          note: "已启动",
        })
      ).ok,
    ).toBe(true);

    await actAs(o.leader);
    const base = { id: d.id, title: "开展减压谈心活动" };
    const removeB = await updateDeployment({
      ...base,
      assignments: [{ departmentId: o.a.id, ownerId: o.headA.id, dueDate: inDays(30) }],
    });
    expect(removeB).toMatchObject({
      ok: false,
      fieldErrors: { assignments: expect.stringContaining("已报送进展，不能移除") },
    });
    expect(await db.deploymentAssignment.count({ where: { deploymentId: d.id } })).toBe(2);

    const res = await updateDeployment({
      ...base,
      assignments: [
        { departmentId: o.a.id, ownerId: o.memberA.id, dueDate: inDays(30) },
        { departmentId: o.b.id, ownerId: o.headB.id, dueDate: inDays(30) },
      ],
    });
    expect(res.ok).toBe(true);
    expect(
      (await db.deploymentAssignment.findUniqueOrThrow({ where: { id: d.assignmentA.id } }))
        .ownerId,
    ).toBe(o.memberA.id);
    expect(
      await db.notification.count({
        where: { userId: o.memberA.id, link: `/direction/deployments/${d.id}` },
      }),
    ).toBe(1);
    expect(
      (await db.deploymentAssignment.findUniqueOrThrow({ where: { id: d.assignmentB.id } })).status,
    ).toBe("IN_PROGRESS");

    // Moving an owner to someone outside the department is refused like on creation.
    expect(
      await updateDeployment({
        ...base,
        assignments: [
          { departmentId: o.a.id, ownerId: o.memberB.id, dueDate: inDays(30) },
          { departmentId: o.b.id, ownerId: o.headB.id, dueDate: inDays(30) },
        ],
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { "assignments.0.ownerId": "责任人须为该部门人员" },
    });
  });

  it("opens a follow-up from a deployment or a meeting for 政治处 only", async () => {
    const d = await deploy(o);
    await actAs(o.leader);
    expect(await openFollowUpFromDeployment({ deploymentId: d.id })).toEqual({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    const m = await createMeeting({ type: "FENXI", title: "思想状况分析会", heldAt: "2026-06-26" });
    if (!m.ok) throw new Error("setup");

    await actAs(o.office);
    expect(
      await openFollowUpFromDeployment({ deploymentId: d.id, departmentId: o.zzc.id }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { departmentId: "该部门不在本部署事项的指派范围内" },
    });
    const res = await openFollowUpFromDeployment({ deploymentId: d.id, departmentId: o.b.id });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.link).toBe(`/follow-ups/${res.data.id}`);
    expect(await db.followUp.findUniqueOrThrow({ where: { id: res.data.id } })).toMatchObject({
      sourceType: "DEPLOYMENT",
      sourceId: d.id,
      departmentId: o.b.id,
      status: "OPEN",
      createdById: o.office.id,
    });
    expect(
      await openFollowUpFromDeployment({ deploymentId: d.id, departmentId: o.b.id }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("已在督办中") });
    expect((await getDeployment(d.id, await viewer(o.office)))?.followUps.map((f) => f.id)).toEqual(
      [res.data.id],
    );

    const fromMeeting = await openFollowUpFromMeeting({
      meetingId: m.data.id,
      title: "督办减压谈心活动",
    });
    expect(fromMeeting.ok).toBe(true);
    expect(
      await openFollowUpFromMeeting({ meetingId: "cknotarealmeeting00000000", title: "不存在" }),
    ).toEqual({ ok: false, message: "记录不存在或您无权查看" });
  });
});
