// The leadership dashboard on a real database: 政治处 opens a follow-up from
// an index-drop warning once, audited, and again only after it is closed.
// Shared world: ./fixtures/dashboard.ts.
import { beforeAll, describe, expect, it } from "vitest";

import { openWarningFollowUp } from "@/lib/dashboard/actions";
import { getDashboard } from "@/lib/dashboard/queries";
import { monthOf, monthsEnding } from "@/lib/dates";
import { db } from "@/lib/db";

import { created, leader, office, report, session, setupDashboard } from "./fixtures/dashboard";
import { actAs, lastAudit, makeDepartment } from "./helpers";
import { dataOf } from "./result";

setupDashboard();

describe("发起督办 from a warning", () => {
  let W: { id: string; name: string }, V: { id: string };

  beforeAll(async () => {
    // Relative to today, since the action recomputes warnings now: the month before last
    // (closed whatever today's day, so complete) drops to mood 2 (25) from 4 (75) over
    // the six months before; V stays at 4. The current and the previous month may be
    // 进行中 (before the due day) and never warn.
    const keys = monthsEnding(monthOf(new Date()), 9).slice(0, 7);
    W = await makeDepartment();
    V = await makeDepartment();
    for (const [i, key] of keys.entries()) {
      await report(W.id, key, i === keys.length - 1 ? 2 : 4);
      await report(V.id, key, 4);
    }
  });

  it("opens one WARNING follow-up, audited; a second is refused; the dashboard links to it", async () => {
    await actAs(leader);
    expect(await openWarningFollowUp({ departmentId: W.id })).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    expect(await db.followUp.count({ where: { departmentId: W.id } })).toBe(0);

    await actAs(office);
    expect(await openWarningFollowUp({ departmentId: "" })).toMatchObject({
      ok: false,
      fieldErrors: { departmentId: "部门无效" },
    });
    expect(await openWarningFollowUp({ departmentId: V.id })).toMatchObject({
      ok: false,
      message: "该部门当前没有指数下降预警，请刷新页面",
    });
    expect(await openWarningFollowUp({ departmentId: "cknotarealdepartment0000" })).toMatchObject({
      ok: false,
      message: "记录不存在或您无权查看",
    });

    const r = await openWarningFollowUp({ departmentId: W.id });
    expect(r).toMatchObject({ ok: true });
    const id = dataOf(r).id;
    created.followUps.push(id);
    const f = await db.followUp.findUniqueOrThrow({ where: { id }, include: { updates: true } });
    expect(f).toMatchObject({
      title: `${W.name}思想状况指数下降预警`,
      sourceType: "WARNING",
      departmentId: W.id,
      status: "OPEN",
      priority: "HIGH",
      createdById: office.id,
    });
    expect(f.updates.map((u) => u.kind)).toEqual(["CREATED"]);
    expect(await lastAudit()).toMatchObject({
      action: "dashboard.warning.followUp",
      result: "SUCCESS",
      userId: office.id,
      objectType: "FollowUp",
      objectId: id,
    });

    expect(await openWarningFollowUp({ departmentId: W.id })).toMatchObject({
      ok: false,
      message: "该部门的预警已在督办中，请到督办台查看",
    });
    expect(await lastAudit()).toMatchObject({
      action: "dashboard.warning.followUp",
      result: "FAILURE",
    });
    expect(await db.followUp.count({ where: { departmentId: W.id } })).toBe(1);

    const d = (await getDashboard(await session(office)))!;
    expect(d.warnings.find((w) => w.departmentId === W.id)).toMatchObject({
      latest: 25,
      baseline: 75,
      drop: 50,
      followUpId: id,
    });

    // Once closed, the warning can be raised again.
    await db.followUp.update({ where: { id }, data: { status: "CLOSED" } });
    const again = await openWarningFollowUp({ departmentId: W.id });
    expect(again).toMatchObject({ ok: true });
    created.followUps.push(dataOf(again).id);
  });
});
