// Scoring reminders (issue 14): once before the deadline and once after it,
// to named scorers and to 民主测评 peers (found by their token), never twice
// even when several instances run at once, and not to someone who has scored.
import { beforeAll, describe, expect, it } from "vitest";

import { sendAppraisalReminders } from "@/lib/appraisal/reminders";
import { db } from "@/lib/db";

import { headB, leader, scoringCycle, setupAppraisalWorld, staffA } from "./fixtures/appraisal";

setupAppraisalWorld();

let cycleId: string;
const DAY = 86_400_000;
let due: Date;

beforeAll(async () => {
  cycleId = await scoringCycle("提醒测试");
  due = new Date(Date.now() + 2 * DAY);
  await db.appraisalCycle.update({ where: { id: cycleId }, data: { scoringDueAt: due } });
  // The 分管院领导 has scored everything already.
  await db.appraisalAssignment.updateMany({
    where: { sheet: { cycleId }, scorerId: leader.id },
    data: { centi: 8000, scoredAt: new Date() },
  });
});

const count = (userId: string, word: string) =>
  db.notification.count({ where: { userId, title: { contains: `提醒测试：评分${word}` } } });

describe("scoring reminders", () => {
  it("reminds once before the deadline, named scorers and peers alike, even when run in parallel", async () => {
    const now = new Date(due.getTime() - DAY);
    await Promise.all(Array.from({ length: 6 }, () => sendAppraisalReminders(now)));
    await sendAppraisalReminders(now);
    expect(await count(headB.id, "即将截止")).toBe(1);
    expect(await count(staffA[1].id, "即将截止")).toBe(1); // a 民主测评 peer
    expect(await count(leader.id, "即将截止")).toBe(0);
  });

  it("reminds once more after the deadline", async () => {
    const later = new Date(due.getTime() + DAY);
    await sendAppraisalReminders(later);
    await sendAppraisalReminders(later);
    expect(await count(headB.id, "已逾期")).toBe(1);
    expect(await count(leader.id, "已逾期")).toBe(0);
  });
});
