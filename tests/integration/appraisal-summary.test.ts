// The 院 summary for 院领导 and 政治处 and a head's grade distribution (issue
// 14): every figure equals a hand count on a fixture cycle whose final totals,
// grades and department ranks are laid down one by one; before the snapshot
// only the scoring progress exists; a head's distribution holds only the
// departments they head, and only from the 公示 on; the summary is not given
// to anyone without appraisal.read.
import { beforeAll, describe, expect, it } from "vitest";

import { cycleSummary, headedDistribution } from "@/lib/appraisal/queries";
import { shanghaiDayKey } from "@/lib/dates";
import { db } from "@/lib/db";

import {
  advanceCycle,
  b1,
  b2,
  calibrationCycle,
  deptA,
  deptB,
  deptP,
  deptSheetOf,
  headA,
  headB,
  leader,
  po,
  scoringCycle,
  setupAppraisalWorld,
  sheetOf,
  staffA,
  viewer,
  type U,
} from "./fixtures/appraisal";

setupAppraisalWorld();

const tomorrow = () => shanghaiDayKey(new Date(Date.now() + 86_400_000));
const half = (a: number, b: number) => Math.floor((2 * a + b) / (2 * b)); // a / b, half up

type Fixed = { u: () => U; total: number; grade: string };
// The people's final totals and grades (as after 校准), department by department.
const PEOPLE: Fixed[] = [
  { u: () => headA, total: 9200, grade: "EXCELLENT" },
  { u: () => staffA[0], total: 8800, grade: "EXCELLENT" },
  { u: () => staffA[1], total: 8600, grade: "COMPETENT" },
  { u: () => staffA[2], total: 8000, grade: "COMPETENT" },
  { u: () => staffA[3], total: 7500, grade: "COMPETENT" },
  { u: () => staffA[4], total: 6900, grade: "BASIC" },
  { u: () => staffA[5], total: 5800, grade: "INCOMPETENT" },
  { u: () => headB, total: 9000, grade: "EXCELLENT" },
  { u: () => b1, total: 8100, grade: "COMPETENT" },
  { u: () => b2, total: 7050, grade: "COMPETENT" },
  { u: () => po, total: 8500, grade: "COMPETENT" },
  { u: () => leader, total: 8300, grade: "COMPETENT" },
];
const DEPTS = [
  { d: () => deptB, total: 8900, rank: 1 },
  { d: () => deptA, total: 8650, rank: 2 },
  { d: () => deptP, total: 8000, rank: 3 },
];

let cycleId: string;
let scoringId: string;

beforeAll(async () => {
  cycleId = await calibrationCycle("汇总测试");
  // Only the fixture's people and departments carry results (other files' users are left ungraded).
  await db.appraisalSheet.updateMany({
    where: { cycleId },
    data: { finalTotalCenti: null, finalGrade: null, rankOverall: null },
  });
  for (const p of PEOPLE) {
    const s = await sheetOf(cycleId, p.u());
    await db.appraisalSheet.update({
      where: { id: s.id },
      data: { finalTotalCenti: p.total, finalGrade: p.grade },
    });
  }
  for (const d of DEPTS) {
    const s = await deptSheetOf(cycleId, d.d());
    await db.appraisalSheet.update({
      where: { id: s.id },
      data: { finalTotalCenti: d.total, rankOverall: d.rank },
    });
  }

  scoringId = await scoringCycle("汇总测试·打分中");
});

describe("the 院 summary", () => {
  it("equals a hand count of the totals, the grades and the department ranking", async () => {
    const s = (await cycleSummary(await viewer(leader), cycleId, new Date()))!;
    const r = s.results!;
    const totals = PEOPLE.map((p) => p.total).sort((a, b) => a - b);
    const sum = totals.reduce((a, b) => a + b, 0);
    expect(r.totals).toEqual({
      count: 12,
      meanCenti: half(sum, 12), // 95750 / 12 = 7979.17
      medianCenti: half(totals[5] + totals[6], 2), // (8100 + 8300) / 2
      minCenti: 5800,
      maxCenti: 9200,
    });
    expect(r.totals.meanCenti).toBe(7979);
    expect(r.totals.medianCenti).toBe(8200);
    expect(r.distribution.all.people).toBe(12);
    expect(r.distribution.all.counts).toEqual({
      EXCELLENT: 3,
      COMPETENT: 7,
      BASIC: 1,
      INCOMPETENT: 1,
    });
    expect(r.distribution.excellentCap).toBe(1); // 15 % of 12

    const top = r.departments.slice(0, 3);
    expect(top.map((d) => [d.departmentId, d.rank, d.totalCenti])).toEqual([
      [deptB.id, 1, 8900],
      [deptA.id, 2, 8650],
      [deptP.id, 3, 8000],
    ]);
    expect(top.map((d) => [d.people, d.peopleMeanCenti, d.excellent])).toEqual([
      [3, 8050, 1], // (9000 + 8100 + 7050) / 3
      [7, half(54800, 7), 2], // 7828.57 → 7829
      [2, 8400, 0],
    ]);
    // Every other department follows, unranked, without people graded.
    for (const d of r.departments.slice(3)) expect([d.rank, d.people]).toEqual([null, 0]);
    const deptSheets = await db.appraisalSheet.count({
      where: { cycleId, subjectType: "DEPARTMENT" },
    });
    expect(r.departments).toHaveLength(deptSheets);
  });

  it("has no results before the snapshot: the scoring progress equals a hand count", async () => {
    const tasks = await db.appraisalAssignment.findMany({
      where: { sheet: { cycleId: scoringId } },
      select: { id: true, sheetId: true },
      orderBy: { id: "asc" },
    });
    // Score every task of one sheet, one task of another; two open tasks are late.
    const bySheet = new Map<string, typeof tasks>();
    for (const t of tasks) bySheet.set(t.sheetId, [...(bySheet.get(t.sheetId) ?? []), t]);
    const [full, part] = [...bySheet.values()].filter((ts) => ts.length >= 2);
    const scored = [...full.map((t) => t.id), part[0].id];
    await db.appraisalAssignment.updateMany({
      where: { id: { in: scored } },
      data: { centi: 8000, scoredAt: new Date() },
    });
    const yesterday = new Date(Date.now() - 86_400_000);
    await db.appraisalAssignment.updateMany({
      where: { id: { in: part.slice(1, 3).map((t) => t.id) } },
      data: { dueAt: yesterday },
    });

    const s = (await cycleSummary(await viewer(po), scoringId, new Date()))!;
    expect(s.results).toBeNull();
    const all = await db.appraisalAssignment.findMany({
      where: { sheet: { cycleId: scoringId } },
      select: { sheetId: true, scoredAt: true, dueAt: true },
    });
    expect(s.scoring.tasks).toEqual({
      total: all.length,
      scored: all.filter((t) => t.scoredAt).length,
      late: all.filter((t) => !t.scoredAt && t.dueAt && t.dueAt < new Date()).length,
    });
    expect(s.scoring.tasks.scored).toBe(full.length + 1);
    expect(s.scoring.tasks.late).toBe(Math.min(2, part.length - 1));
    for (const type of ["PERSON", "DEPARTMENT"] as const) {
      const sheets = await db.appraisalSheet.findMany({
        where: { cycleId: scoringId, subjectType: type },
        select: { id: true },
      });
      const hand = { total: sheets.length, complete: 0, partial: 0, notStarted: 0, autoOnly: 0 };
      for (const sh of sheets) {
        const mine = all.filter((t) => t.sheetId === sh.id);
        const done = mine.filter((t) => t.scoredAt).length;
        if (mine.length === 0) hand.autoOnly++;
        else if (done === mine.length) hand.complete++;
        else if (done === 0) hand.notStarted++;
        else hand.partial++;
      }
      expect(s.scoring.sheets[type]).toEqual(hand);
    }
    expect(s.scoring.sheets.PERSON.complete + s.scoring.sheets.DEPARTMENT.complete).toBe(1);
    expect(s.scoring.sheets.PERSON.partial + s.scoring.sheets.DEPARTMENT.partial).toBe(1);
  });

  it("is not given to anyone without appraisal.read", async () => {
    for (const u of [headA, staffA[0], b1])
      expect(await cycleSummary(await viewer(u), cycleId, new Date())).toBeNull();
    expect(await cycleSummary(await viewer(po), cycleId, new Date())).not.toBeNull();
  });
});

describe("a head's grade distribution", () => {
  it("is not shown to a head before the 公示", async () => {
    expect(await headedDistribution(await viewer(headA), cycleId)).toBeNull();
  });

  it("holds only the departments the viewer heads, from the 公示 on", async () => {
    await advanceCycle(cycleId, "PUBLICITY", { publicityEndsOn: tomorrow() });
    const a = (await headedDistribution(await viewer(headA), cycleId))!;
    expect(a.departments.map((d) => d.departmentId)).toEqual([deptA.id]);
    expect(a.departments[0].people).toBe(7);
    expect(a.departments[0].counts).toEqual({
      EXCELLENT: 2,
      COMPETENT: 3,
      BASIC: 1,
      INCOMPETENT: 1,
    });
    expect(a.target.excellentMaxPercent).toBe(15);
    const b = (await headedDistribution(await viewer(headB), cycleId))!;
    expect(b.departments.map((d) => [d.departmentId, d.people])).toEqual([[deptB.id, 3]]);
    expect(b.departments[0].counts.EXCELLENT).toBe(1);
    // Staff head no department.
    expect(await headedDistribution(await viewer(staffA[0]), cycleId)).toBeNull();
  });
});
