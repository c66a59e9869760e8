// 党组引航 through the one action wrapper: who may set goals, record meetings
// and make deployments; a department posting progress on its own assignment
// only (another department's id answers not-found and writes nothing); bad
// input leaving the data unchanged; follow-ups opened from a deployment.
import { beforeEach, describe, expect, it } from "vitest";

import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import {
  createDeployment,
  openFollowUpFromDeployment,
  postDeploymentProgress,
  updateDeployment,
} from "@/lib/direction/deployments/actions";
import {
  getDeployment,
  listDeployments,
  listMyAssignments,
} from "@/lib/direction/deployments/queries";
import { createGoal } from "@/lib/direction/goals/actions";
import {
  createMeeting,
  openFollowUpFromMeeting,
  updateMeeting,
} from "@/lib/direction/meetings/actions";

import { actAs, lastAudit, makeDepartment, makeUser } from "./helpers";

const DAY = 24 * 3600_000;
const ymd = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const inDays = (n: number) => ymd(new Date(Date.now() + n * DAY));

async function org() {
  const a = await makeDepartment();
  const b = await makeDepartment();
  const zzc = await makeDepartment();
  const [leader, office, headA, liaisonA, memberA, liaisonB, headB, memberB, staffA] =
    await Promise.all([
      makeUser({ roles: ["LEADER"] }),
      makeUser({ roles: ["POLITICAL_OFFICE"], departmentId: zzc.id }),
      makeUser({ roles: ["DEPT_HEAD"], departmentId: a.id }),
      makeUser({ roles: ["LIAISON"], departmentId: a.id }),
      makeUser({ departmentId: a.id }),
      makeUser({ roles: ["LIAISON"], departmentId: b.id }),
      makeUser({ roles: ["DEPT_HEAD"], departmentId: b.id }),
      makeUser({ departmentId: b.id }),
      makeUser({ departmentId: a.id }),
    ]);
  return { a, b, zzc, leader, office, headA, liaisonA, memberA, liaisonB, headB, memberB, staffA };
}

type Org = Awaited<ReturnType<typeof org>>;

/** The viewer the queries take, with the user's roles as stored. */
async function viewer(u: { id: string }) {
  const row = await db.user.findUniqueOrThrow({
    where: { id: u.id },
    select: { id: true, username: true, departmentId: true, roles: { select: { role: true } } },
  });
  return {
    id: row.id,
    username: row.username,
    departmentId: row.departmentId,
    roles: row.roles.map((r) => r.role as Role),
  };
}

async function deploy(o: Org, over: Record<string, unknown> = {}) {
  await actAs(o.office);
  const res = await createDeployment({
    title: "开展减压谈心活动",
    description: "逐一谈心",
    assignments: [
      { departmentId: o.a.id, ownerId: o.headA.id, dueDate: inDays(30) },
      { departmentId: o.b.id, ownerId: o.headB.id, dueDate: inDays(30) },
    ],
    ...over,
  });
  if (!res.ok) throw new Error(`deploy failed: ${res.message} ${JSON.stringify(res.fieldErrors)}`);
  const d = await db.deployment.findUniqueOrThrow({
    where: { id: res.data.id },
    select: { id: true, assignments: { select: { id: true, departmentId: true, status: true } } },
  });
  const byDept = (id: string) => d.assignments.find((x) => x.departmentId === id)!;
  return { id: d.id, assignmentA: byDept(o.a.id), assignmentB: byDept(o.b.id) };
}

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

describe("direction: progress on a department's own assignments only", () => {
  let o: Org;
  beforeEach(async () => {
    o = await org();
  });

  it("answers a liaison of department A posting on department B's assignment with not-found, and writes nothing", async () => {
    const d = await deploy(o);
    await actAs(o.liaisonA);
    const res = await postDeploymentProgress({
      assignmentId: d.assignmentB.id,
      status: "DONE",
      note: "越权报送",
    });
    expect(res).toEqual({ ok: false, message: "记录不存在或您无权查看" });
    expect(await db.deploymentProgress.count({ where: { assignmentId: d.assignmentB.id } })).toBe(
      0,
    );
    expect(
      (await db.deploymentAssignment.findUniqueOrThrow({ where: { id: d.assignmentB.id } })).status,
    ).toBe("OPEN");
    expect(await lastAudit()).toMatchObject({
      action: "direction.progress.post",
      result: "NOT_FOUND",
      userId: o.liaisonA.id,
      objectId: d.assignmentB.id,
    });
  });

  it("lets the liaison of department A post on A's assignment and changes its status", async () => {
    const d = await deploy(o);
    await actAs(o.liaisonA);
    const res = await postDeploymentProgress({
      assignmentId: d.assignmentA.id,
      status: "IN_PROGRESS",
      note: "已制定谈心计划",
    });
    expect(res).toEqual({ ok: true, data: { id: d.assignmentA.id, status: "IN_PROGRESS" } });
    expect(
      (await db.deploymentAssignment.findUniqueOrThrow({ where: { id: d.assignmentA.id } })).status,
    ).toBe("IN_PROGRESS");
    expect(
      await db.deploymentProgress.findMany({
        where: { assignmentId: d.assignmentA.id },
        select: { authorId: true, note: true, status: true },
      }),
    ).toEqual([{ authorId: o.liaisonA.id, note: "已制定谈心计划", status: "IN_PROGRESS" }]);

    // The head finishes it; the deployment's author hears about it.
    await actAs(o.headA);
    expect(
      (
        await postDeploymentProgress({
          assignmentId: d.assignmentA.id,
          status: "DONE",
          note: "谈心全覆盖",
        })
      ).ok,
    ).toBe(true);
    expect(
      (await db.deploymentAssignment.findUniqueOrThrow({ where: { id: d.assignmentA.id } })).status,
    ).toBe("DONE");
    expect(
      await db.notification.count({
        where: { userId: o.office.id, title: { startsWith: "部署事项已完成" } },
      }),
    ).toBe(1);
    // B is untouched.
    expect(
      (await db.deploymentAssignment.findUniqueOrThrow({ where: { id: d.assignmentB.id } })).status,
    ).toBe("OPEN");
  });

  it("keeps 政治处 and leaders out of a department's reporting unless they own the assignment", async () => {
    const d = await deploy(o);
    await actAs(o.office);
    expect(
      await postDeploymentProgress({
        assignmentId: d.assignmentA.id,
        status: "DONE",
        note: "代报",
      }),
    ).toEqual({ ok: false, message: "记录不存在或您无权查看" });
    await actAs(o.leader);
    expect(
      await postDeploymentProgress({
        assignmentId: d.assignmentA.id,
        status: "DONE",
        note: "代报",
      }),
    ).toEqual({ ok: false, message: "记录不存在或您无权查看" });
    expect(await db.deploymentProgress.count({ where: { assignmentId: d.assignmentA.id } })).toBe(
      0,
    );

    // A 政治处 member who owns 政治处's own assignment reports on it.
    const officeMate = await makeUser({ roles: ["POLITICAL_OFFICE"], departmentId: o.zzc.id });
    const own = await deploy(o, {
      assignments: [{ departmentId: o.zzc.id, ownerId: officeMate.id, dueDate: inDays(10) }],
    });
    await actAs(officeMate);
    const assignment = await db.deploymentAssignment.findFirstOrThrow({
      where: { deploymentId: own.id },
    });
    expect(
      (
        await postDeploymentProgress({
          assignmentId: assignment.id,
          status: "IN_PROGRESS",
          note: "已启动",
        })
      ).ok,
    ).toBe(true);
  });

  it("refuses an empty or over-long progress note and an unknown status", async () => {
    const d = await deploy(o);
    await actAs(o.liaisonA);
    expect(
      await postDeploymentProgress({
        assignmentId: d.assignmentA.id,
        status: "IN_PROGRESS",
        note: " ",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { note: "请填写进展情况" } });
    expect(
      await postDeploymentProgress({
        assignmentId: d.assignmentA.id,
        status: "IN_PROGRESS",
        note: "进".repeat(1001),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { note: "进展情况不能超过 1000 个字符" } });
    expect(
      await postDeploymentProgress({
        assignmentId: d.assignmentA.id,
        status: "CLOSED",
        note: "好",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { status: "请选择落实状态" } });
    expect(await db.deploymentProgress.count({ where: { assignmentId: d.assignmentA.id } })).toBe(
      0,
    );
  });

  it("shows each viewer only the assignments they report on, and derives overdue from the due date", async () => {
    const d = await deploy(o);
    // Due yesterday and not done: overdue, without anything stored.
    await db.deploymentAssignment.update({
      where: { id: d.assignmentA.id },
      data: { dueDate: new Date(Date.now() - 2 * DAY) },
    });
    const mineA = await listMyAssignments(await viewer(o.liaisonA));
    expect(mineA.active.map((x) => x.id)).toEqual([d.assignmentA.id]);
    expect(mineA.active[0].overdue).toBe(true);
    expect((await listMyAssignments(await viewer(o.liaisonB))).active.map((x) => x.id)).toEqual([
      d.assignmentB.id,
    ]);
    expect(await listMyAssignments(await viewer(o.staffA))).toEqual({ active: [], done: [] });

    const view = await getDeployment(d.id, await viewer(o.liaisonA));
    expect(view?.assignments.map((x) => [x.id, x.canPost, x.overdue])).toEqual(
      expect.arrayContaining([
        [d.assignmentA.id, true, true],
        [d.assignmentB.id, false, false],
      ]),
    );
    expect(view?.summary).toMatchObject({ total: 2, done: 0, overdue: 1 });
    expect(view?.followUps).toEqual([]);

    const overdue = await listDeployments(await viewer(o.liaisonA), { state: "overdue", page: 1 });
    expect(overdue.rows.map((r) => r.id)).toContain(d.id);
    await actAs(o.liaisonA);
    await postDeploymentProgress({ assignmentId: d.assignmentA.id, status: "DONE", note: "完成" });
    expect(
      (await listDeployments(await viewer(o.liaisonA), { state: "overdue", page: 1 })).rows.map(
        (r) => r.id,
      ),
    ).not.toContain(d.id);
  });
});

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
