// 政治处工作台 and 催报 (issue 15 item 4), on both databases: the queue holds
// what waits on 政治处 with its deadline, most urgent first; a missing report
// offers 催报, which notifies the liaison once a day per department and
// period — also under parallel clicks — and is refused for a filed report,
// for another period, and for anyone but 政治处.
import { beforeAll, describe, expect, it } from "vitest";

import { askConsultation } from "@/lib/consult/actions";
import { db } from "@/lib/db";
import { periodContaining } from "@/lib/reports/periods";
import { readSchedule } from "@/lib/reports/schedule";
import { urgeReport } from "@/lib/reports/urge";
import { loadWorkbench } from "@/lib/workbench/queries";

import { actAs, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

let office: { id: string };
let dept: { id: string; name: string };
let liaison: { id: string };
let periodKey: string;

beforeAll(async () => {
  office = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  dept = await makeDepartment();
  liaison = await makeUser({ roles: ["LIAISON"], departmentId: dept.id });
  await db.department.update({ where: { id: dept.id }, data: { liaisonId: liaison.id } });
  const now = new Date();
  const schedule = await readSchedule(db);
  const current = periodContaining(now, schedule);
  // The previous period is always due (its due day is early in this one, or past).
  periodKey = periodContaining(new Date(current.startsAt.getTime() - 1000), schedule).key;
});

const session = async (u: { id: string }) => {
  await actAs(u);
  const { loadSessionUser } = await import("@/lib/auth/session");
  const { testRequest } = await import("./setup");
  return (await loadSessionUser(testRequest.sid!))!;
};

describe("the queue", () => {
  it("lists an open consultation, due 24 hours after it was asked, and a missing report with 催报", async () => {
    const asker = await makeUser({ departmentId: dept.id });
    await actAs(asker);
    const { id } = dataOf(
      await askConsultation({ channel: "ONLINE", tags: ["PAY"], question: "绩效奖金何时发放？" }),
    );
    const w = await loadWorkbench(await session(office));
    const c = w.queue.find((i) => i.key === `CONSULTATION:${id}`)!;
    expect(c.title).toBe("改革咨询待答复（薪酬）");
    expect(c.title).not.toContain("奖金");
    expect(c.due!.getTime() - c.since.getTime()).toBe(24 * 3600_000);
    const missing = w.queue.find((i) => i.key === `REPORT_MISSING:${dept.id}:${periodKey}`);
    expect(missing?.urge).toMatchObject({ departmentId: dept.id, periodKey, sentToday: false });
    expect(w.counts.find((k) => k.kind === "CONSULTATION")!.total).toBeGreaterThanOrEqual(1);
  });

  it("is ordered: everything past its deadline before anything that is not", async () => {
    const now = new Date();
    const w = await loadWorkbench(await session(office), now);
    const firstNotOverdue = w.queue.findIndex((i) => !i.due || i.due > now);
    const lastOverdue = w.queue.findLastIndex((i) => i.due !== null && i.due <= now);
    if (firstNotOverdue >= 0 && lastOverdue >= 0) expect(lastOverdue).toBeLessThan(firstNotOverdue);
  });
});

describe("催报", () => {
  const notices = () =>
    db.notification.count({ where: { userId: liaison.id, title: { startsWith: "政治处催报" } } });

  it("staff may not urge, and a period that is not this one or the last is refused in Chinese", async () => {
    const staff = await makeUser({ departmentId: dept.id });
    await actAs(staff);
    expect((await urgeReport({ departmentId: dept.id, periodKey })).ok).toBe(false);
    await actAs(office);
    expect(await urgeReport({ departmentId: dept.id, periodKey: "2001-01" })).toMatchObject({
      ok: false,
      fieldErrors: { periodKey: "只能催报本期或上一期的报告" },
    });
    expect(await notices()).toBe(0);
  });

  it("two parallel clicks notify the liaison once; a second click today is refused", async () => {
    await actAs(office);
    const results = await Promise.all([
      urgeReport({ departmentId: dept.id, periodKey }),
      urgeReport({ departmentId: dept.id, periodKey }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await notices()).toBe(1);
    expect(await urgeReport({ departmentId: dept.id, periodKey })).toMatchObject({
      ok: false,
      message: "今天已向该部门催报过，请明天再催",
    });
    expect(await notices()).toBe(1);
    const w = await loadWorkbench(await session(office));
    expect(
      w.queue.find((i) => i.key === `REPORT_MISSING:${dept.id}:${periodKey}`)?.urge?.sentToday,
    ).toBe(true);
    const audit = await db.auditLog.findFirst({
      where: { action: "report.urge", userId: office.id, result: "SUCCESS" },
      orderBy: { seq: "desc" },
    });
    expect(audit?.objectId).toBe(dept.id);
  });

  it("a department that has filed is neither listed nor urged", async () => {
    const d2 = await makeDepartment();
    const l2 = await makeUser({ roles: ["LIAISON"], departmentId: d2.id });
    await db.department.update({ where: { id: d2.id }, data: { liaisonId: l2.id } });
    const period = await db.reportPeriod.findUniqueOrThrow({ where: { key: periodKey } });
    await db.liaisonReport.create({
      data: {
        departmentId: d2.id,
        kind: "PERIODIC",
        periodId: period.id,
        authorId: l2.id,
        status: "SUBMITTED",
        mood: 4,
        stability: "STABLE",
        firstSubmittedAt: new Date(),
      },
    });
    const w = await loadWorkbench(await session(office));
    expect(w.queue.some((i) => i.key === `REPORT_MISSING:${d2.id}:${periodKey}`)).toBe(false);
    await actAs(office);
    expect((await urgeReport({ departmentId: d2.id, periodKey })).ok).toBe(false);
  });
});
