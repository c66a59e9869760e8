// 党组引航 through the one action wrapper, progress: a department posts on its
// own assignment only (another department's id answers not-found and writes
// nothing), 政治处 and leaders only on assignments they own, and each viewer
// lists the assignments they report on. Shared organisation:
// ./fixtures/direction.ts.
import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { postDeploymentProgress } from "@/lib/direction/deployments/actions";
import {
  getDeployment,
  listDeployments,
  listMyAssignments,
} from "@/lib/direction/deployments/queries";

import { DAY, deploy, inDays, org, viewer, type Org } from "./fixtures/direction";
import { actAs, lastAudit, makeUser } from "./helpers";

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
