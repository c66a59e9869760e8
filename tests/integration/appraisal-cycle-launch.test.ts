// Setting a cycle up and launching it (issue 14): weights refused at both
// levels with nothing written; the people frozen at launch; sheets and
// scoring tasks generated in bulk with 回避 hand-overs; 民主测评 only with
// ≥ 5 peers and stored without the scorer's id; a parallel launch happens once.
import { describe, expect, it } from "vitest";

import { advanceAppraisalCycle, saveAppraisalIndicators } from "@/lib/appraisal/cycles/actions";
import { launchCycle } from "@/lib/appraisal/cycles/launch";
import { db } from "@/lib/db";

import {
  b1,
  deptA,
  deptB,
  deptSheetOf,
  headA,
  indicatorNamed,
  leader,
  newCycle,
  po,
  scoringCycle,
  setupAppraisalWorld,
  sheetOf,
  staffA,
  TEMPLATE,
} from "./fixtures/appraisal";
import { actAs } from "./helpers";
import { dataOf, failureOf } from "./result";

setupAppraisalWorld();

const advance = (id: string, to: string, extra: object = {}) =>
  advanceAppraisalCycle({ id, to, ...extra });

describe("cycle set-up", () => {
  it("creates a 草稿 cycle from a template, with its categories and indicators", async () => {
    const id = await newCycle();
    const cycle = await db.appraisalCycle.findUniqueOrThrow({
      where: { id },
      include: { categories: true, indicators: true },
    });
    expect(cycle.status).toBe("DRAFT");
    expect(cycle.categories.map((c) => c.weight).sort()).toEqual([20, 30, 50]);
    expect(cycle.indicators).toHaveLength(5);
  });

  it("refuses weights that do not total 100 at either level, and keeps the old set", async () => {
    const id = await newCycle();
    const bad = structuredClone(TEMPLATE);
    bad.categories[0].weight = 40; // 40 + 50 + 20
    let r = failureOf(await saveAppraisalIndicators({ id, definition: JSON.stringify(bad) }));
    expect(Object.values(r.fieldErrors ?? {})).toContain("类别权重合计须为 100%，当前为 110%");
    const bad2 = structuredClone(TEMPLATE);
    bad2.categories[1].indicators[0].weight = 30;
    r = failureOf(await saveAppraisalIndicators({ id, definition: JSON.stringify(bad2) }));
    expect(Object.values(r.fieldErrors ?? {})).toContain(
      "“职责目标”内指标权重合计须为 100%，当前为 80%",
    );
    expect(await db.appraisalIndicator.count({ where: { cycleId: id } })).toBe(5);
  });

  it("refuses skipping a state, and anyone but 政治处", async () => {
    const id = await newCycle();
    expect(failureOf(await advance(id, "SCORING")).message).toContain("不能进入“打分中”");
    await actAs(staffA[0]);
    expect((await advance(id, "SETUP")).ok).toBe(false);
    expect((await db.appraisalCycle.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});

describe("launch", () => {
  it("freezes the people, generates sheets and tasks in bulk, once, even when launched twice at once", async () => {
    const id = await newCycle();
    dataOf(await advance(id, "SETUP"));
    const results = await Promise.all([advance(id, "SCORING"), advance(id, "SCORING")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = failureOf(results.find((r) => !r.ok)!);
    expect(refused.message).toMatch(/已被他人更新|不能进入“打分中”/);
    const a1 = await sheetOf(id, staffA[0]);
    expect(a1).toMatchObject({ subjectType: "PERSON", departmentId: deptA.id });
    const sheets = await db.appraisalSheet.count({ where: { cycleId: id, userId: staffA[0].id } });
    expect(sheets).toBe(1);

    // A later move does not rewrite the cycle.
    await db.user.update({ where: { id: staffA[0].id }, data: { departmentId: deptB.id } });
    expect((await sheetOf(id, staffA[0])).departmentId).toBe(deptA.id);
    await db.user.update({ where: { id: staffA[0].id }, data: { departmentId: deptA.id } });

    const personal = await indicatorNamed(id, "个人职责目标");
    const dept = await indicatorNamed(id, "部门职责目标");
    const taskOf = async (sheetId: string, indicatorId: string) =>
      db.appraisalAssignment.findMany({ where: { sheetId, indicatorId } });
    // Staff are scored by their head; the head, by the 分管院领导 (回避).
    expect((await taskOf(a1.id, personal.id)).map((t) => t.scorerId)).toEqual([headA.id]);
    const hA = await sheetOf(id, headA);
    expect((await taskOf(hA.id, personal.id)).map((t) => t.scorerId)).toEqual([leader.id]);
    // Department A by its 分管院领导; department B has none, so 政治处.
    expect(
      (await taskOf((await deptSheetOf(id, deptA)).id, dept.id)).map((t) => t.scorerId),
    ).toEqual([leader.id]);
    expect(
      (await taskOf((await deptSheetOf(id, deptB)).id, dept.id)).map((t) => t.scorerId),
    ).toEqual([po.id]);
    // Nobody has a task on their own sheet.
    const selfTasks = (
      await db.appraisalAssignment.findMany({
        where: { sheet: { cycleId: id } },
        include: { sheet: true },
      })
    ).filter((t) => t.scorerId && t.scorerId === t.sheet.userId);
    expect(selfTasks).toEqual([]);
  });

  it("plans 民主测评 only with ≥ 5 peers, and stores no scorer id for it", async () => {
    const id = await scoringCycle();
    const peer = await indicatorNamed(id, "民主测评");
    const a1 = await sheetOf(id, staffA[0]);
    const tasks = await db.appraisalAssignment.findMany({
      where: { sheetId: a1.id, indicatorId: peer.id },
    });
    expect(tasks).toHaveLength(6); // the head and five other staff
    expect(tasks.every((t) => t.scorerId === null && t.scorerKey.length === 43)).toBe(true);
    const keys = new Set(tasks.map((t) => t.scorerKey));
    for (const u of [headA, ...staffA.slice(1)]) expect(keys.has(u.id)).toBe(false);
    // Department B has three people: two peers each, so 民主测评 does not apply there.
    const bSheet = await sheetOf(id, b1);
    expect(
      await db.appraisalAssignment.count({ where: { sheetId: bSheet.id, indicatorId: peer.id } }),
    ).toBe(0);
    const na = await db.appraisalResult.findUniqueOrThrow({
      where: { sheetId_indicatorId: { sheetId: bSheet.id, indicatorId: peer.id } },
    });
    expect(na).toMatchObject({ kind: "NA" });
    expect(na.detail).toContain("不足 5 人");
  });

  it("tells every scorer of their tasks", async () => {
    const id = await scoringCycle("通知测试");
    const n = await db.notification.findFirst({
      where: { userId: headA.id, title: { contains: "通知测试" } },
    });
    expect(n?.link).toBe(`/appraisal/${id}/score`);
  });
});

describe("a past year's cycle (seeded years later, prisma/seed/appraisal-years.ts)", () => {
  it("covers only the people on the roll by the given day", async () => {
    const id = await newCycle();
    dataOf(await advance(id, "SETUP"));
    const [early, late] = [staffA[0], staffA[1]];
    const before = await db.user.findMany({
      where: { id: { in: [early.id, late.id] } },
      select: { id: true, joinedAt: true },
    });
    await db.user.update({ where: { id: early.id }, data: { joinedAt: new Date("2019-03-01") } });
    await db.user.update({ where: { id: late.id }, data: { joinedAt: new Date("2023-06-01") } });
    try {
      await db.$transaction((tx) =>
        launchCycle(tx, id, new Date("2023-01-05T01:00:00Z"), {
          notify: false,
          onRollBy: new Date("2022-12-31T15:59:59Z"),
        }),
      );
      expect(await sheetOf(id, early)).toMatchObject({ subjectType: "PERSON" });
      expect(await db.appraisalSheet.count({ where: { cycleId: id, userId: late.id } })).toBe(0);
    } finally {
      for (const u of before)
        await db.user.update({ where: { id: u.id }, data: { joinedAt: u.joinedAt } });
    }
  });
});
