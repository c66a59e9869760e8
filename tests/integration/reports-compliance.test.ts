// Liaison reports on a real database: reminders before and after the due
// date, and the compliance matrix's on-time, late and returned cells.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { createReport, returnReport, submitReport } from "@/lib/reports/actions";
import { periodContaining } from "@/lib/reports/periods";
import { complianceMatrix } from "@/lib/reports/queries";
import { sendReportReminders } from "@/lib/reports/reminders";

import { draftsFor, lastMonth, makeTopic, makeUnit } from "./fixtures/reports";
import { actAs } from "./helpers";
import { dataOf } from "./result";

let draft: ReturnType<typeof draftsFor>;

/** A department's row of the year's matrix, on whichever page of departments it falls. */
async function rowOf(year: number, departmentId: string) {
  for (let page = 1; ; page++) {
    const m = await complianceMatrix(year, new Date(), page);
    const row = m.rows.find((r) => r.department.id === departmentId);
    if (row || page >= m.pages) return row!;
  }
}

beforeAll(async () => {
  draft = draftsFor(await makeTopic());
});

describe("compliance and reminders", () => {
  it("reminds the liaison 3 days before the due date and on missing it, once each", async () => {
    const dept = await makeUnit();
    const p = periodContaining(new Date());
    const soon = new Date(p.dueAt.getTime() - 2 * 24 * 3600_000);
    const r1 = await sendReportReminders(soon);
    expect(r1.dueSoon).toBeGreaterThan(0);
    const mine = () => db.notification.findMany({ where: { userId: dept.liaison.id } });
    expect((await mine()).map((n) => n.title)).toEqual([
      expect.stringContaining(`前提交${p.label}思想动态报告`),
    ]);
    await sendReportReminders(soon);
    expect(await mine()).toHaveLength(1);
    await sendReportReminders(new Date(p.dueAt.getTime() + 3600_000));
    expect((await mine()).map((n) => n.title)).toContain(`${p.label}思想动态报告已逾期`);
    expect(
      await db.notification.count({
        where: { userId: dept.head.id, title: `${p.label}思想动态报告已逾期` },
      }),
    ).toBe(1);
  });

  it("shows on-time, late, missing and returned in the matrix", async () => {
    const dept = await makeUnit();
    await actAs(dept.liaison);
    const res = await createReport(draft(dept.member.id));
    const id = dataOf(res).id;
    await submitReport({ id });
    const year = new Date(lastMonth.startsAt.getTime() + 8 * 3600_000).getUTCFullYear();
    const row = await rowOf(year, dept.dept.id);
    const cell = row.cells.find((c) => c.periodKey === lastMonth.key)!;
    expect(cell.status).toBe(Date.now() <= lastMonth.dueAt.getTime() ? "ON_TIME" : "LATE");
    await actAs(dept.head);
    await returnReport({ id, comment: "补充" });
    const again = await rowOf(year, dept.dept.id);
    expect(again.cells.find((c) => c.periodKey === lastMonth.key)!.status).toBe("RETURNED");
  });
});
