// The dashboard's 督办 counts are read fresh on every view, even when the
// other figures come from the 60-second cache (getDashboard with reuse, as
// the page calls it): each count links to the board's list, which must show
// the same number right after a follow-up is opened (with several workers,
// another worker's cached copy would lag by up to a minute).
import { afterAll, describe, expect, it } from "vitest";

import { forgetDashboardFigures, getDashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";

import { viewer } from "./fixtures/follow-ups";
import { makeDepartment, makeUser } from "./helpers";

const created: string[] = [];

afterAll(async () => {
  await db.followUp.deleteMany({ where: { id: { in: created } } });
});

describe("dashboard 督办 counts", () => {
  it("count a follow-up opened after the figures were cached", async () => {
    const dept = await makeDepartment();
    const leader = await viewer(await makeUser({ roles: ["LEADER"], departmentId: dept.id }));
    forgetDashboardFigures();
    const before = (await getDashboard(leader, new Date(), { reuse: true }))!.followUps;
    const f = await db.followUp.create({
      data: {
        title: "缓存测试督办",
        sourceType: "MANUAL",
        departmentId: dept.id,
        dueDate: new Date(Date.now() - 86_400_000),
        status: "OPEN",
      },
    });
    created.push(f.id);
    const after = (await getDashboard(leader, new Date(), { reuse: true }))!.followUps;
    expect(after.active).toBe(before.active + 1);
    expect(after.overdue).toBe(before.overdue + 1);
  });
});
