// Issue 18 item 3, the appraisal pages: the SQL statements of the cycle
// console (政治处's progress; a head's sheets and distribution) and of a
// person's live sheet (打分中, AUTO indicators computed on the fly) do not
// grow with the 院. A cycle is launched over the appraisal world, then 12
// more departments of 20 staff are added and a second cycle is launched over
// everyone; both are measured alike. An N+1 (a statement per department,
// sheet or person) would add hundreds. The added staff are disabled after,
// so later launches in the shared database don't carry them.
import { afterAll, describe, expect, it } from "vitest";

import {
  getCycle,
  getSheet,
  headedDistribution,
  listHeadedSheets,
  scoringProgressPage,
} from "@/lib/appraisal/queries";
import { db } from "@/lib/db";

import { headA, po, scoringCycle, setupAppraisalWorld, staffA, viewer } from "./fixtures/appraisal";
import { countQueries } from "./query-count";

setupAppraisalWorld();

/** Statements, at most: measured alone 10 for 政治处's console, 10 for a head's, 20 for the live sheet. */
const BUDGET: Record<string, number> = { office: 14, head: 14, sheet: 26 };
const SLACK = 2;
const added = { users: [] as string[], departments: [] as string[] };

async function measure(cycleId: string) {
  const now = new Date();
  const office = await viewer(po);
  const head = await viewer(headA);
  const person = await viewer(staffA[0]);
  const sheet = await db.appraisalSheet.findFirstOrThrow({
    where: { cycleId, userId: staffA[0].id },
    select: { id: true },
  });
  const counted = async (fn: () => Promise<unknown>) => (await countQueries(fn)).queries;
  return {
    office: await counted(async () => {
      expect(await getCycle(office, cycleId)).not.toBeNull();
      expect((await scoringProgressPage(cycleId, now, { page: 1 })).rows.length).toBeGreaterThan(0);
    }),
    head: await counted(async () => {
      expect(await getCycle(head, cycleId)).not.toBeNull();
      expect((await listHeadedSheets(head, cycleId)).length).toBeGreaterThan(0);
      await headedDistribution(head, cycleId);
    }),
    sheet: await counted(async () => {
      expect(await getSheet(person, cycleId, sheet.id)).not.toBeNull();
      await getCycle(person, cycleId);
    }),
  };
}

/** 12 departments of 20 active staff each, with a head: 252 more sheets at the next launch. */
async function grow() {
  const tag = `aqb${Date.now().toString(36)}`;
  for (let d = 0; d < 12; d++) {
    const dept = await db.department.create({
      data: { name: `预算部门${tag}${d}`, code: `${tag}${d}` },
      select: { id: true },
    });
    const ids = Array.from({ length: 21 }, (_, i) => `${tag}d${d}u${i}`);
    await db.user.createMany({
      data: ids.map((id, i) => ({
        id,
        username: id,
        realName: `预算${d}-${i}`,
        employeeNo: id,
        birthYear: 1980 + i,
        departmentId: dept.id,
        passwordHash: "x",
        mustChangePassword: false,
      })),
    });
    await db.roleAssignment.createMany({
      data: ids.map((userId, i) => ({ userId, role: i === 0 ? "DEPT_HEAD" : "STAFF" })),
    });
    await db.department.update({ where: { id: dept.id }, data: { headId: ids[0] } });
    added.users.push(...ids);
    added.departments.push(dept.id);
  }
}

afterAll(async () => {
  await db.user.updateMany({ where: { id: { in: added.users } }, data: { status: "DISABLED" } });
});

describe("appraisal queries per page render (issue 18 item 3)", () => {
  it("stay the same for a cycle of the world and one with 252 more people, within budget", async () => {
    const small = await measure(await scoringCycle("查询预算 小"));
    await grow();
    const large = await measure(await scoringCycle("查询预算 大"));
    console.log("appraisal queries, small → large cycle:", JSON.stringify({ small, large }));
    for (const [page, n] of Object.entries(large)) {
      expect(n - small[page as keyof typeof small], page).toBeLessThanOrEqual(SLACK);
      expect(n, page).toBeLessThanOrEqual(BUDGET[page]);
    }
    const sheets = await db.appraisalSheet.count({
      where: { cycle: { title: "查询预算 大" }, userId: { in: added.users } },
    });
    expect(sheets).toBeGreaterThanOrEqual(252);
  }, 300_000);
});
