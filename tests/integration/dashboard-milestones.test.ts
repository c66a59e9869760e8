// 政治处's 改革节点 editor (issue 17 item 5): create, edit, delete and mark a
// 入额 round as a milestone, audited; bad input and other roles are refused;
// the dashboard overlays what 政治处 saved.
import { afterAll, describe, expect, it } from "vitest";

import {
  createMilestone,
  createMilestoneFromSource,
  deleteMilestone,
  updateMilestone,
} from "@/lib/dashboard/milestone-actions";
import { getDashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";

import { leader, office, session, setupDashboard } from "./fixtures/dashboard";
import { actAs, lastAudit } from "./helpers";
import { dataOf } from "./result";

setupDashboard();
const made: string[] = [];
afterAll(async () => {
  await db.milestone.deleteMany({ where: { id: { in: made } } });
  await db.quotaRound.deleteMany({ where: { title: "第三批入额遴选（测试）" } });
});

describe("改革节点", () => {
  it("政治处 creates, edits and deletes one; the dashboard overlays it", async () => {
    await actAs(leader);
    const input = { label: "第三批入额", kind: "QUOTA", fromMonth: "2026-09", toMonth: "2026-10" };
    expect(await createMilestone(input)).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });

    await actAs(office);
    expect(await createMilestone({ ...input, toMonth: "2026-08" })).toMatchObject({
      ok: false,
      fieldErrors: { toMonth: "结束月份不能早于起始月份" },
    });
    expect(await createMilestone({ ...input, kind: "PARTY", fromMonth: "2026-13" })).toMatchObject({
      ok: false,
      fieldErrors: { kind: "请选择类型", fromMonth: "起始月份无效" },
    });
    const r = await createMilestone(input);
    expect(r).toMatchObject({ ok: true });
    const id = dataOf(r).id;
    made.push(id);
    expect(await lastAudit()).toMatchObject({
      action: "dashboard.milestone.create",
      result: "SUCCESS",
      objectType: "Milestone",
      objectId: id,
    });

    const d = (await getDashboard(await session(leader), new Date("2026-12-07T10:00:00+08:00")))!;
    expect(d.milestones).toContainEqual(
      expect.objectContaining({ id, label: "第三批入额", from: "2026-09", to: "2026-10" }),
    );
    expect(d.may.manageMilestones).toBe(false);

    await actAs(office); // session() signed the leader in

    expect(await updateMilestone({ ...input, id, label: "第三批入额遴选" })).toMatchObject({
      ok: true,
    });
    expect(await db.milestone.findUnique({ where: { id } })).toMatchObject({
      label: "第三批入额遴选",
    });
    expect(await updateMilestone({ ...input, id: "cknotarealmilestone00000" })).toMatchObject({
      ok: false,
      message: "记录不存在或您无权查看",
    });

    expect(await deleteMilestone({ id })).toMatchObject({ ok: true });
    expect(await db.milestone.count({ where: { id } })).toBe(0);
    expect(await lastAudit()).toMatchObject({ action: "dashboard.milestone.delete", objectId: id });
  });

  it("marks a 入额 round as a milestone over its months, once", async () => {
    const round = await db.quotaRound.create({
      data: {
        title: "第三批入额遴选（测试）",
        places: 10,
        registrationOpensAt: new Date("2026-03-02T09:00:00+08:00"),
        registrationClosesAt: new Date("2026-03-20T18:00:00+08:00"),
        publicityEndsOn: new Date("2026-05-10T00:00:00+08:00"),
        createdById: office.id,
      },
    });
    await actAs(office);
    const r = await createMilestoneFromSource({ sourceType: "QuotaRound", sourceId: round.id });
    expect(r).toMatchObject({ ok: true });
    made.push(dataOf(r).id);
    expect(await db.milestone.findUnique({ where: { id: dataOf(r).id } })).toMatchObject({
      kind: "QUOTA",
      label: "第三批入额遴选（测试）",
      fromMonth: "2026-03",
      toMonth: "2026-05",
      sourceType: "QuotaRound",
      sourceId: round.id,
    });
    expect(
      await createMilestoneFromSource({
        sourceType: "QuotaRound",
        sourceId: "cknotarealround000000",
      }),
    ).toMatchObject({ ok: false, message: "记录不存在或您无权查看" });
  });
});
