// Who may open a cycle (getCycle): someone with a sheet of their own in it, a
// scorer of one of its sheets, the head of a department with sheets in it, a
// 民主测评 peer; nobody else. Each way is asked through its own index, so the
// check does not count the cycle's sheets (which scanned every sheet of the
// cycle: 13 ms at 10× data, issue 18).
import { describe, expect, it } from "vitest";

import { getCycle } from "@/lib/appraisal/queries";
import { db } from "@/lib/db";

import {
  deptB,
  headB,
  scoringCycle,
  setupAppraisalWorld,
  staffA,
  viewer,
} from "./fixtures/appraisal";
import { makeUser } from "./helpers";
import { countQueries } from "./query-count";

setupAppraisalWorld();

describe("opening a cycle", () => {
  it("is open to the people in it, by each way, and to nobody else", async () => {
    const id = await scoringCycle("参与判定");
    // Own sheet: one statement after the cycle itself, and no count of its sheets.
    const own = await countQueries(async () => getCycle(await viewer(staffA[0]), id));
    expect(own.result).not.toBeNull();
    expect(own.statements.filter((q) => /COUNT\(/i.test(q))).toEqual([]);

    // Someone who joined after the launch has no sheet and no task in it.
    const late = await makeUser({ departmentId: deptB.id });
    expect(await getCycle(await viewer(late), id)).toBeNull();

    // …until they head a department with sheets in the cycle,
    await db.department.update({ where: { id: deptB.id }, data: { headId: late.id } });
    try {
      expect(await getCycle(await viewer(late), id)).not.toBeNull();
    } finally {
      await db.department.update({ where: { id: deptB.id }, data: { headId: headB.id } });
    }
    expect(await getCycle(await viewer(late), id)).toBeNull();

    // …or score one of its sheets.
    const task = await db.appraisalAssignment.findFirstOrThrow({
      where: { sheet: { cycleId: id }, scorerId: { not: null } },
      select: { id: true, scorerId: true },
    });
    await db.appraisalAssignment.update({ where: { id: task.id }, data: { scorerId: late.id } });
    try {
      expect(await getCycle(await viewer(late), id)).not.toBeNull();
    } finally {
      await db.appraisalAssignment.update({
        where: { id: task.id },
        data: { scorerId: task.scorerId },
      });
    }
  });
});
