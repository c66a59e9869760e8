// Issue 18: the cycle console's 评分进度 lists one page of named scorers (late
// ones first), filtered by status, while its figures (scorers by status,
// 民主测评 received) cover the whole cycle; one grouped query counts them all,
// kept for a minute, and only the page's scorers are named. 70 more scorers
// are given one task each on a cycle launched over the appraisal world.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { PROGRESS_PER_PAGE, scoringProgress, scoringProgressPage } from "@/lib/appraisal/queries";
import { db } from "@/lib/db";

import { scoringCycle, setupAppraisalWorld } from "./fixtures/appraisal";
import { countQueries } from "./query-count";

setupAppraisalWorld();

const ADDED = 70;
const added: string[] = [];
let cycleId: string;
const now = new Date();
const past = new Date(now.getTime() - 86_400_000);
const future = new Date(now.getTime() + 86_400_000);

beforeAll(async () => {
  cycleId = await scoringCycle("评分进度分页");
  const tag = `app${Date.now().toString(36)}`;
  for (let i = 0; i < ADDED; i++) added.push(`${tag}u${i}`);
  await db.user.createMany({
    data: added.map((id, i) => ({
      id,
      username: id,
      realName: `进度${i}`,
      employeeNo: id,
      birthYear: 1980,
      passwordHash: "x",
      mustChangePassword: false,
    })),
  });
  const sheet = await db.appraisalSheet.findFirstOrThrow({
    where: { cycleId },
    select: { id: true },
  });
  const indicator = await db.appraisalIndicator.findFirstOrThrow({
    where: { category: { cycleId } },
    select: { id: true },
  });
  // Every 7th late (unscored, due yesterday), every 3rd done, the rest still open.
  await db.appraisalAssignment.createMany({
    data: added.map((scorerId, i) => ({
      sheetId: sheet.id,
      indicatorId: indicator.id,
      scorerId,
      scorerKey: scorerId,
      dueAt: i % 7 === 0 ? past : future,
      ...(i % 7 !== 0 && i % 3 === 0 ? { centi: 8000, scoredAt: now } : {}),
    })),
  });
}, 120_000);

afterAll(async () => {
  await db.user.updateMany({ where: { id: { in: added } }, data: { status: "DISABLED" } });
});

describe("the cycle console's scoring progress (issue 18)", () => {
  it("pages the named scorers in the full list's order, with figures over the whole cycle", async () => {
    const full = await scoringProgress(cycleId, now);
    expect(full.scorers.length).toBeGreaterThan(ADDED);
    const first = await countQueries(() => scoringProgressPage(cycleId, now, { page: 1 }));
    // One grouped count, and the page's names with their departments, whatever the number of scorers.
    expect(first.queries).toBeLessThanOrEqual(3);
    const p1 = first.result;
    expect(p1.asOf).toBeInstanceOf(Date);
    expect(p1.rows).toHaveLength(PROGRESS_PER_PAGE);
    expect(p1.total).toBe(full.scorers.length);
    const pages = [p1.rows];
    for (let n = 2; n <= p1.pages; n++)
      pages.push((await scoringProgressPage(cycleId, now, { page: n })).rows);
    expect(pages.flat()).toEqual(full.scorers);

    const late = full.scorers.filter((s) => s.late > 0).length;
    const done = full.scorers.filter((s) => s.late === 0 && s.scored === s.total).length;
    expect(p1.summary).toEqual({
      scorers: full.scorers.length,
      late,
      done,
      open: full.scorers.length - late - done,
      peer: full.peer,
    });
    expect(late).toBeGreaterThanOrEqual(Math.ceil(ADDED / 7));
  });

  it("filters by status, and keeps its counts for a minute", async () => {
    const late = await scoringProgressPage(cycleId, now, { page: 1, status: "late" });
    expect(late.rows.length).toBe(late.summary.late);
    expect(late.rows.every((s) => s.late > 0)).toBe(true);
    const done = await scoringProgressPage(cycleId, now, { page: 1, status: "done" });
    expect(done.total).toBe(done.summary.done);
    expect(done.rows.every((s) => s.late === 0 && s.scored === s.total)).toBe(true);

    // A task scored now shows in the export at once, on the console within the minute.
    const before = await scoringProgressPage(cycleId, now, { page: 1 });
    await db.appraisalAssignment.updateMany({
      where: { scorerId: added[1] },
      data: { centi: 8000, scoredAt: now },
    });
    const again = await countQueries(() => scoringProgressPage(cycleId, now, { page: 1 }));
    expect(again.queries).toBeLessThanOrEqual(2); // the names only
    expect(again.result.summary).toEqual(before.summary);
    expect(again.result.asOf).toEqual(before.asOf);
    const fresh = await scoringProgress(cycleId, now);
    expect(fresh.scorers.find((s) => s.scorerId === added[1])).toMatchObject({ scored: 1 });
    const later = new Date(now.getTime() + 61_000);
    expect((await scoringProgressPage(cycleId, later, { page: 1 })).summary.done).toBe(
      before.summary.done + 1,
    );
  });
});
