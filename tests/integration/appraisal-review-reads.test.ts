// Reads after the snapshot (issue 14): the evidence page shows the stored
// records, unaffected by a later record, and still equals its score; the
// calibration view's grade counts per department add up to the graded
// people; the objection queue lists the open ones first.
import { beforeAll, describe, expect, it } from "vitest";

import {
  getSheet,
  getSheetEvidence,
  gradeDistribution,
  listCalibrationSheets,
} from "@/lib/appraisal/queries";
import { db } from "@/lib/db";

import {
  advanceCycle,
  deptA,
  indicatorNamed,
  po,
  scoreAllTasks,
  scoringCycle,
  setupAppraisalWorld,
  sheetOf,
  staffA,
  viewer,
} from "./fixtures/appraisal";

setupAppraisalWorld();

let cycleId: string;
const at = (d: string) => new Date(`${d}T10:00:00+08:00`);
const attend = async (day: string, status: string) => {
  const act = await db.studyActivity.create({
    data: {
      type: "EDUCATION",
      title: `教育培训${day}`,
      heldAt: at(day),
      scopeType: "USERS",
      organiserId: po.id,
      createdById: po.id,
    },
  });
  await db.studyAttendance.create({ data: { activityId: act.id, userId: staffA[0].id, status } });
};

beforeAll(async () => {
  cycleId = await scoringCycle("冻结后读取测试");
  await attend("2026-02-02", "PRESENT");
  await attend("2026-02-03", "ABSENT");
  await scoreAllTasks(cycleId);
  await advanceCycle(cycleId, "CALIBRATION");
});

describe("after the snapshot", () => {
  it("evidence comes from the snapshot: a later record changes neither the rows nor the score", async () => {
    const me = await viewer(staffA[0]);
    const sheet = await sheetOf(cycleId, staffA[0]);
    const ind = await indicatorNamed(cycleId, "学习出席率");
    const before = (await getSheetEvidence(me, cycleId, sheet.id, ind.id))!;
    await attend("2026-03-03", "ABSENT");
    const after = (await getSheetEvidence(me, cycleId, sheet.id, ind.id))!;
    expect(after.groups).toEqual(before.groups);
    const present = after.groups.find((g) => g.label === "出席")!.count;
    const recorded = after.groups.find((g) => g.label === "已登记考勤")!.count;
    expect([present, recorded]).toEqual([1, 2]);
    expect(after.cell).toMatchObject({ kind: "SCORED", centi: 5000 });
    const view = (await getSheet(me, cycleId, sheet.id))!;
    expect(view.results[ind.id]).toMatchObject({ kind: "SCORED", centi: 5000 });
  });

  it("the grade counts per department add up to the graded people", async () => {
    const d = await gradeDistribution(cycleId);
    const graded = await db.appraisalSheet.count({
      where: { cycleId, subjectType: "PERSON", finalTotalCenti: { not: null } },
    });
    expect(d.all.people).toBe(graded);
    expect(Object.values(d.all.counts).reduce((a, b) => a + b, 0)).toBe(graded);
    const a = d.departments.find((x) => x.departmentId === deptA.id)!;
    expect(a.people).toBe(7); // the head and six staff
    const rows = await listCalibrationSheets(cycleId, deptA.id);
    expect(rows).toHaveLength(7);
    expect(rows[0].rankOverall).toBeLessThanOrEqual(rows[6].rankOverall!);
  });
});
