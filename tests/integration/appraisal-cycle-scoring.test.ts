// Scoring and the snapshot (issue 14): a scorer scores only their own tasks
// (another's sheet or their own is "not found"), in range, with a reason at
// the extremes; 民主测评 leaves no audit row naming the colleague; leaving 打分中
// is refused while scores are missing, then freezes every result with its
// evidence, so later records change nothing; and a locked cycle refuses edits.
import { beforeAll, describe, expect, it } from "vitest";

import { advanceAppraisalCycle, saveAppraisalIndicators } from "@/lib/appraisal/cycles/actions";
import { scoreAppraisalTask, scorePeerTask } from "@/lib/appraisal/scoring/actions";
import { EXTREME_MESSAGE } from "@/lib/appraisal/scoring/schemas";
import { TASK_NOT_FOUND } from "@/lib/appraisal/scoring/writes";
import { db } from "@/lib/db";

import {
  headA,
  indicatorNamed,
  po,
  scoringCycle,
  setupAppraisalWorld,
  sheetOf,
  staffA,
  TEMPLATE,
  type U,
} from "./fixtures/appraisal";
import { actAs } from "./helpers";
import { dataOf, failureOf } from "./result";

setupAppraisalWorld();

let cycleId: string;
beforeAll(async () => {
  cycleId = await scoringCycle("评分测试");
});

async function score(as: U, subject: U, indicator: string, value: string, reason = "") {
  await actAs(as);
  const sheet = await sheetOf(cycleId, subject);
  const ind = await indicatorNamed(cycleId, indicator);
  return scoreAppraisalTask({ sheetId: sheet.id, indicatorId: ind.id, score: value, reason });
}

describe("scoring", () => {
  it("lets the head score their staff, and refuses what is not theirs as not found", async () => {
    dataOf(await score(headA, staffA[0], "个人职责目标", "88.5"));
    const t = await db.appraisalAssignment.findFirstOrThrow({
      where: { sheet: { id: (await sheetOf(cycleId, staffA[0])).id }, scorerId: headA.id },
    });
    expect(t.centi).toBe(8850);
    // The head's own sheet (scored by the leader), and a colleague scoring a colleague.
    expect(failureOf(await score(headA, headA, "个人职责目标", "90")).message).toBe(TASK_NOT_FOUND);
    expect(failureOf(await score(staffA[1], staffA[0], "个人职责目标", "90")).message).toBe(
      TASK_NOT_FOUND,
    );
  });

  it("refuses out-of-range scores, and extremes without a reason, on the field", async () => {
    let r = failureOf(await score(headA, staffA[1], "个人职责目标", "101"));
    expect(r.fieldErrors?.score).toBe("请填写 0–100 之间的分数，最多两位小数");
    r = failureOf(await score(headA, staffA[1], "个人职责目标", "-5"));
    expect(r.fieldErrors?.score).toBeDefined();
    r = failureOf(await score(headA, staffA[1], "个人职责目标", "98"));
    expect(r.fieldErrors?.reason).toBe(EXTREME_MESSAGE);
    dataOf(await score(headA, staffA[1], "个人职责目标", "98", "全年办案质效居全院前列"));
  });

  it("takes 民主测评 anonymously: the task has no scorer id and no audit row names the scorer", async () => {
    const before = await db.auditLog.count({ where: { userId: staffA[1].id } });
    await actAs(staffA[1]);
    const sheet = await sheetOf(cycleId, staffA[0]);
    const ind = await indicatorNamed(cycleId, "民主测评");
    dataOf(await scorePeerTask({ sheetId: sheet.id, indicatorId: ind.id, score: "85" }));
    expect(await db.auditLog.count({ where: { userId: staffA[1].id } })).toBe(before);
    // Scoring one's own sheet as a peer is not a task either.
    const own = await sheetOf(cycleId, staffA[1]);
    expect(
      failureOf(
        await scorePeerTask({ sheetId: own.id, indicatorId: ind.id, score: "99", reason: "自评" }),
      ).message,
    ).toBe(TASK_NOT_FOUND);
  });

  it("refuses leaving 打分中 while scores are missing, then freezes every result", async () => {
    await actAs(po);
    const refused = failureOf(await advanceAppraisalCycle({ id: cycleId, to: "CALIBRATION" }));
    expect(refused.message).toMatch(/^还有 \d+ 项评分未完成/);
    expect((await db.appraisalCycle.findUniqueOrThrow({ where: { id: cycleId } })).status).toBe(
      "SCORING",
    );

    // Every named task is scored 80 (peer tasks may stay open: with < 5 they do not apply).
    await db.appraisalAssignment.updateMany({
      where: { sheet: { cycleId }, scorerId: { not: null }, centi: null },
      data: { centi: 8000, scoredAt: new Date() },
    });
    dataOf(await advanceAppraisalCycle({ id: cycleId, to: "CALIBRATION" }));
    const a0 = await sheetOf(cycleId, staffA[0]);
    expect(a0.totalCenti).not.toBeNull();
    expect(a0.grade).not.toBeNull();
    const conduct = await db.appraisalResult.findFirstOrThrow({
      where: { sheetId: a0.id, indicator: { name: "履职表现" } },
    });
    expect(conduct).toMatchObject({ kind: "SCORED", centi: 8000 });

    // A commendation confirmed afterwards changes nothing in the frozen cycle.
    await db.conductRecord.create({
      data: {
        category: "COMMENDATION",
        kind: "MERIT",
        level: "COURT",
        subjectUserId: staffA[0].id,
        occurredOn: new Date("2026-05-01T00:00:00+08:00"),
        issuer: "本院",
        status: "CONFIRMED",
        createdById: po.id,
      },
    });
    const { computeCycle } = await import("@/lib/appraisal/results/compute");
    const { outcomes } = await computeCycle(cycleId, {
      now: new Date(),
      withEvidence: false,
      closing: true,
    });
    const again = outcomes.find((o) => o.id === a0.id)!;
    expect(again.total).toMatchObject({ complete: true, totalCenti: a0.totalCenti });
  });

  it("refuses scoring and indicator edits once the cycle has left those states", async () => {
    expect(failureOf(await score(headA, staffA[2], "个人职责目标", "80")).message).toContain(
      "不能评分",
    );
    await actAs(po);
    const r = failureOf(
      await saveAppraisalIndicators({ id: cycleId, definition: JSON.stringify(TEMPLATE) }),
    );
    expect(r.message).toContain("不能修改考评指标");
  });
});

describe("totals", () => {
  it("re-normalises a person's 职责目标 to its one individual indicator, by the published formula", async () => {
    const a1 = await sheetOf(cycleId, staffA[1]);
    const cats = JSON.parse(a1.categoryCenti!) as Record<string, number>;
    expect(cats.DUTY).toBe(9800); // only 个人职责目标 applies to a person
    // 综合性评价 (民主测评) got one peer score of 5 needed: it does not apply, so the total is
    // (30 × 共同目标 + 50 × 98) / 80.
    expect(cats.OVERALL).toBeUndefined();
    expect(a1.totalCenti).toBe(Math.floor((2 * (30 * cats.COMMON + 50 * 9800) + 80) / 160));
  });
});
