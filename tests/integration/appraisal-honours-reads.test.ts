// 评先评优 reads (issue 14): each viewer reads only their part — a head the
// nominations of their departments, 党组 (院领导) those that reached it,
// 政治处 all, staff nothing (the pages answer 404) — and the eligible list
// holds only the batch's grades, of the head's own departments as frozen on
// the sheet.
import { beforeAll, describe, expect, it } from "vitest";

import {
  nominateForHonour,
  openHonourBatch,
  reviewNomination,
} from "@/lib/appraisal/honours/actions";
import {
  getHonourBatch,
  honourScope,
  listEligibleNominees,
  listHonourBatches,
  listNominationsAwaiting,
  type HonourScope,
} from "@/lib/appraisal/queries";
import { db } from "@/lib/db";

import {
  archiveCycle,
  b1,
  b2,
  calibrationCycle,
  deptA,
  deptB,
  headA,
  headB,
  leader,
  newCycle,
  po,
  setupAppraisalWorld,
  sheetOf,
  staffA,
  viewer,
  type U,
} from "./fixtures/appraisal";
import { actAs } from "./helpers";
import { dataOf } from "./result";

setupAppraisalWorld();

const scopeOf = async (u: U): Promise<HonourScope | null> => honourScope(await viewer(u));
const must = async (u: U) => {
  const s = await scopeOf(u);
  if (!s) throw new Error("no scope");
  return s;
};

let cycleId: string;
let batchId: string;
const DEEDS = "全年办理重大疑难案件十余件，所办案件无一错案，获评案件质量评查优秀等次。";
const grade = async (u: U, g: string) =>
  db.appraisalSheet.update({
    where: { id: (await sheetOf(cycleId, u)).id },
    data: { finalGrade: g },
  });

beforeAll(async () => {
  cycleId = await calibrationCycle("评优读取测试");
  await archiveCycle(cycleId);
  // Known grades, so that eligibility is exact.
  await db.appraisalSheet.updateMany({ where: { cycleId }, data: { finalGrade: "COMPETENT" } });
  for (const u of [staffA[0], staffA[1], b1]) await grade(u, "EXCELLENT");
  for (const u of [staffA[4], b2]) await grade(u, "BASIC");
  await grade(staffA[5], "INCOMPETENT");
  // staffA[1] moved to B after the cycle: the sheet's frozen department (A) still counts.
  await db.user.update({ where: { id: staffA[1].id }, data: { departmentId: deptB.id } });

  await actAs(po);
  batchId = dataOf(
    await openHonourBatch({
      cycleId,
      title: "年度评优",
      honourTitle: "业务能手",
      level: "COURT",
      quota: 5,
      eligibleGrades: ["EXCELLENT", "COMPETENT"],
    }),
  ).id;
  const nominate = (u: U) =>
    nominateForHonour({ batchId, nomineeId: u.id, deeds: DEEDS, evidence: "[]" });
  await actAs(headA);
  dataOf(await nominate(staffA[0]));
  dataOf(await nominate(staffA[2]));
  await actAs(headB);
  dataOf(await nominate(b1));
  // staffA[0] reaches 党组.
  const n0 = await db.honourNomination.findFirstOrThrow({
    where: { batchId, nomineeId: staffA[0].id },
  });
  await actAs(headA);
  dataOf(await reviewNomination({ nominationId: n0.id, decision: "PASS", opinion: "同意" }));
  await actAs(po);
  dataOf(await reviewNomination({ nominationId: n0.id, decision: "PASS", opinion: "符合条件" }));
});

const names = (rows: { nomineeId: string }[]) => rows.map((r) => r.nomineeId).sort();
const ids = (...us: U[]) => us.map((u) => u.id).sort();

describe("评先评优 reads", () => {
  it("gives staff no part at all (the pages answer 404)", async () => {
    expect(await scopeOf(staffA[3])).toBeNull();
    expect(await scopeOf(b2)).toBeNull();
  });

  it("shows a head only their own departments' nominations", async () => {
    const a = await getHonourBatch(await must(headA), cycleId, batchId);
    expect(names(a!.nominations)).toEqual(ids(staffA[0], staffA[2]));
    const b = await getHonourBatch(await must(headB), cycleId, batchId);
    expect(names(b!.nominations)).toEqual(ids(b1));
    // The quota is the batch's, whoever looks.
    expect(b!.used).toBe(3);
    const [row] = await listHonourBatches(await must(headB), cycleId);
    expect(row).toMatchObject({ id: batchId, used: 3, quota: 5, visibleNominations: 1 });
  });

  it("shows 党组 only what reached it, and 政治处 everything", async () => {
    const l = await getHonourBatch(await must(leader), cycleId, batchId);
    expect(names(l!.nominations)).toEqual(ids(staffA[0]));
    expect(l!.nominations[0].reviewable).toBe(true);
    expect(l!.nominations[0].reviews.map((r) => [r.stage, r.opinion])).toEqual([
      ["DEPARTMENT", "同意"],
      ["OFFICE", "符合条件"],
    ]);
    const p = await getHonourBatch(await must(po), cycleId, batchId);
    expect(names(p!.nominations)).toEqual(ids(staffA[0], staffA[2], b1));
  });

  it("finds a batch only under its own cycle", async () => {
    const other = await newCycle("另一周期");
    expect(await getHonourBatch(await must(po), other, batchId)).toBeNull();
    expect(await getHonourBatch(await must(po), cycleId, "no-such-batch")).toBeNull();
  });

  it("lists as eligible only the batch's grades, of the head's own (frozen) departments", async () => {
    const batch = (await getHonourBatch(await must(headA), cycleId, batchId))!;
    const a = await listEligibleNominees(await must(headA), batch);
    const sheets = await db.appraisalSheet.findMany({
      where: { id: { in: a.map((r) => r.id) } },
      select: { departmentId: true, finalGrade: true },
    });
    expect(sheets.every((s) => s.departmentId === deptA.id)).toBe(true);
    expect(sheets.every((s) => ["EXCELLENT", "COMPETENT"].includes(s.finalGrade!))).toBe(true);
    const got = a.map((r) => r.userId);
    expect(got).toEqual(expect.arrayContaining(ids(staffA[0], staffA[1], staffA[2], staffA[3])));
    for (const u of [staffA[4], staffA[5], b1, b2]) expect(got).not.toContain(u.id);
    expect(a.find((r) => r.userId === staffA[0].id)).toMatchObject({
      nominated: true,
      sheetHref: `/appraisal/${cycleId}/sheets/${(await sheetOf(cycleId, staffA[0])).id}`,
    });
    expect(a.find((r) => r.userId === staffA[3].id)?.nominated).toBe(false);

    const b = (await listEligibleNominees(await must(headB), batch)).map((r) => r.userId);
    expect(b).toContain(b1.id);
    expect(b).not.toContain(staffA[1].id);
    expect(b).not.toContain(b2.id);

    const all = (await listEligibleNominees(await must(po), batch)).map((r) => r.userId);
    expect(all).toEqual(expect.arrayContaining([...got, ...b]));
    expect(await listEligibleNominees(await must(leader), batch)).toEqual([]);
  });

  it("lists the nominations waiting on each reviewer", async () => {
    expect(names(await listNominationsAwaiting(await must(headA), cycleId))).toEqual(
      ids(staffA[2]),
    );
    expect(names(await listNominationsAwaiting(await must(headB), cycleId))).toEqual(ids(b1));
    expect(names(await listNominationsAwaiting(await must(po), cycleId))).toEqual([]);
    expect(names(await listNominationsAwaiting(await must(leader), cycleId))).toEqual(
      ids(staffA[0]),
    );
  });

  it("has 政治处 review a head's own nomination at the 部门 stage (回避)", async () => {
    await actAs(po);
    const own = dataOf(
      await nominateForHonour({ batchId, nomineeId: headB.id, deeds: DEEDS, evidence: [] }),
    ).id;
    expect(names(await listNominationsAwaiting(await must(headB), cycleId))).toEqual(ids(b1));
    expect(names(await listNominationsAwaiting(await must(po), cycleId))).toEqual(ids(headB));
    dataOf(
      await reviewNomination({
        nominationId: own,
        decision: "PASS",
        opinion: "部门负责人回避，由政治处审核",
      }),
    );
    expect((await db.honourNomination.findUniqueOrThrow({ where: { id: own } })).stage).toBe(
      "OFFICE",
    );
  });
});
