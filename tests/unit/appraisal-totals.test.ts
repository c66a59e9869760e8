// The appraisal's published total formula, ranking, grades, template weights
// and state machine, against hand-computed values.
import { describe, expect, it } from "vitest";

import {
  assignGrades,
  DEFAULT_DISTRIBUTION,
  distributionOf,
  excellentCap,
} from "@/lib/appraisal/grades";
import type { Category } from "@/lib/appraisal/labels";
import { allows, canAdvance, isLocked, nextState, refusal } from "@/lib/appraisal/states";
import { TemplateDef } from "@/lib/appraisal/template";
import { computeTotal, rankSheets, type IndicatorResult } from "@/lib/appraisal/totals";

const CATS = [
  { category: "COMMON" as const, weight: 30 },
  { category: "DUTY" as const, weight: 50 },
  { category: "OVERALL" as const, weight: 20 },
];
const INDS = [
  { id: "c1", category: "COMMON" as const, weight: 60 },
  { id: "c2", category: "COMMON" as const, weight: 40 },
  { id: "d1", category: "DUTY" as const, weight: 50 },
  { id: "d2", category: "DUTY" as const, weight: 50 },
  { id: "o1", category: "OVERALL" as const, weight: 100 },
];
const S = (centi: number): IndicatorResult => ({ kind: "SCORED", centi });
const NA: IndicatorResult = { kind: "NA" };

describe("computeTotal", () => {
  it("weights indicators inside categories, then categories, and re-normalises what does not apply", () => {
    // 共同目标 (60×90 + 40×75.5) / 100 = 84.20; 职责目标 d2 does not apply → 88.00;
    // 综合 81.25; total (30×84.20 + 50×88 + 20×81.25) / 100 = 85.51.
    const t = computeTotal(CATS, INDS, {
      c1: S(9000),
      c2: S(7550),
      d1: S(8800),
      d2: NA,
      o1: S(8125),
    });
    expect(t).toEqual({
      complete: true,
      totalCenti: 8551,
      byCategory: { COMMON: 8420, DUTY: 8800, OVERALL: 8125 },
    });
  });

  it("drops a category with nothing that applies and re-normalises the category weights", () => {
    // (30×84.20 + 50×88) / 80 = 86.575 → 86.58 (half up)
    const t = computeTotal(CATS, INDS, { c1: S(9000), c2: S(7550), d1: S(8800), d2: NA, o1: NA });
    expect(t).toMatchObject({ complete: true, totalCenti: 8658 });
  });

  it("rounds each category score half up once, in integers", () => {
    // 职责目标 (50×80.01 + 50×80.00) / 100 = 80.005 → 80.01
    const t = computeTotal(CATS, INDS, { c1: S(0), c2: S(0), d1: S(8001), d2: S(8000), o1: S(0) });
    expect(t.byCategory.DUTY).toBe(8001);
  });

  it("is incomplete while any indicator is unscored, and names it", () => {
    const t = computeTotal(CATS, INDS, { c1: S(9000), c2: S(7550), d1: S(8800), o1: S(8125) });
    expect(t).toMatchObject({ complete: false, pending: ["d2"] });
  });

  it("gives no total when nothing at all applies (not a zero)", () => {
    const t = computeTotal(CATS, INDS, { c1: NA, c2: NA, d1: NA, d2: NA, o1: NA });
    expect(t).toEqual({ complete: false, pending: [], byCategory: {} });
  });
});

describe("rankSheets", () => {
  const row = (id: string, total: number, duty: number, common = 0) => ({
    id,
    totalCenti: total,
    byCategory: { DUTY: duty, COMMON: common } as Partial<Record<Category, number>>,
  });

  it("breaks equal totals by 职责目标, then 共同目标, and shares a rank only when all are equal", () => {
    const ranked = rankSheets([
      row("a", 8000, 7000),
      row("b", 9000, 9000),
      row("c", 8000, 7500),
      row("d", 8000, 7000),
      row("e", 7000, 9900),
      row("f", 8000, 7000, 100),
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ["b", 1],
      ["c", 2],
      ["f", 3],
      ["a", 4],
      ["d", 4],
      ["e", 6],
    ]);
  });
});

describe("grades", () => {
  const ranked = (totals: number[]) =>
    rankSheets(totals.map((t, i) => ({ id: `p${i}`, totalCenti: t, byCategory: {} })));

  it("caps 优秀 at 15 % and keeps a tie group that straddles the cap out of it", () => {
    // 20 people → cap 3; ranks 1, 2, 3, 3 → the two at 90 would make 4 > 3.
    const totals = [9500, 9200, 9000, 9000, ...Array(16).fill(8000)];
    const g = assignGrades(ranked(totals), DEFAULT_DISTRIBUTION);
    expect(excellentCap(20, DEFAULT_DISTRIBUTION)).toBe(3);
    expect(distributionOf(g.values())).toEqual({
      EXCELLENT: 2,
      COMPETENT: 18,
      BASIC: 0,
      INCOMPETENT: 0,
    });
  });

  it("needs the minimum total for 优秀, and grades low totals 基本称职 and 不称职", () => {
    const totals = [8600, 8400, ...Array(17).fill(7500), 6500, 5900];
    const g = assignGrades(ranked(totals), DEFAULT_DISTRIBUTION);
    // cap floor(21×15%) = 3, but only one reaches 85.
    expect(distributionOf(g.values())).toEqual({
      EXCELLENT: 1,
      COMPETENT: 18,
      BASIC: 1,
      INCOMPETENT: 1,
    });
    expect(g.get("p0")).toBe("EXCELLENT");
    expect(g.get("p1")).toBe("COMPETENT");
  });

  it("gives nobody 优秀 in a group too small for one place", () => {
    const g = assignGrades(ranked([9900, 9800, 9700, 9600, 9500, 9400]), DEFAULT_DISTRIBUTION);
    expect(distributionOf(g.values()).EXCELLENT).toBe(0);
  });
});

const ind = (name: string, weight: number, extra: object = {}) => ({
  name,
  weight,
  target: "INDIVIDUAL",
  type: "MANUAL",
  scorer: "DEPT_HEAD",
  ...extra,
});
const template = (cw: number[], iw: number[][]) => ({
  categories: (["COMMON", "DUTY", "OVERALL"] as const).map((category, i) => ({
    category,
    weight: cw[i],
    indicators: iw[i].map((w, j) => ind(`${category}${j}`, w)),
  })),
});

describe("template weights", () => {
  it("accepts category weights and each category's indicator weights that total 100", () => {
    expect(TemplateDef.safeParse(template([30, 50, 20], [[60, 40], [100], [50, 50]])).success).toBe(
      true,
    );
  });

  it("refuses category weights that do not total 100, saying the sum", () => {
    const r = TemplateDef.safeParse(template([30, 50, 10], [[100], [100], [100]]));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain("类别权重合计须为 100%，当前为 90%");
  });

  it("refuses indicator weights inside a category that do not total 100, naming the category", () => {
    const r = TemplateDef.safeParse(template([30, 50, 20], [[60, 30], [100], [100]]));
    expect(r.error?.issues.map((i) => i.message)).toContain(
      "“共同目标”内指标权重合计须为 100%，当前为 90%",
    );
  });

  it("requires a rule for an AUTO indicator, one that fits its target, and a scorer for a MANUAL one", () => {
    const t = template([30, 50, 20], [[100], [100], [100]]);
    t.categories[0].indicators[0] = ind("学习", 100, {
      type: "AUTO",
      scorer: null,
      rule: "STUDY_POINTS",
      target: "DEPARTMENT",
    });
    t.categories[1].indicators[0] = ind("评分", 100, { scorer: null });
    const msgs = TemplateDef.safeParse(t).error?.issues.map((i) => i.message);
    expect(msgs).toContain("该计算规则不适用于所选考评对象");
    expect(msgs).toContain("人工指标须指定评分人");
  });
});

describe("cycle states", () => {
  it("moves forward one step at a time to 已归档 and no further", () => {
    expect(nextState("DRAFT")).toBe("SETUP");
    expect(nextState("OBJECTION")).toBe("ARCHIVED");
    expect(nextState("ARCHIVED")).toBeNull();
    expect(canAdvance("SCORING", "CALIBRATION")).toBe(true);
    expect(canAdvance("SCORING", "PUBLICITY")).toBe(false);
    expect(canAdvance("PUBLICITY", "SCORING")).toBe(false);
  });

  it("allows each change only in its states, and locks totals from 公示 on", () => {
    expect(allows("SETUP", "editIndicators")).toBe(true);
    expect(allows("SCORING", "editIndicators")).toBe(false);
    expect(allows("CALIBRATION", "score")).toBe(false);
    expect(allows("ARCHIVED", "calibrate")).toBe(false);
    expect(isLocked("CALIBRATION")).toBe(false);
    expect(isLocked("PUBLICITY")).toBe(true);
    expect(isLocked("ARCHIVED")).toBe(true);
    expect(refusal("ARCHIVED", "score")).toBe(
      "考评周期处于“已归档”阶段，不能评分（仅“打分中”阶段可以）",
    );
  });
});

describe("relative rules", () => {
  it("takes the 80th percentile by nearest rank, and scores against it up to 100", async () => {
    const { p80, relativeCenti } = await import("@/lib/appraisal/auto/types");
    expect(p80([5, 1, 4, 2, 3])).toBe(4); // rank ceil(0.8 × 5) = 4
    expect(p80([0, 0, 0, 30])).toBe(30);
    expect(p80([0, 0, 0, 0, 0, 0, 0, 0, 0, 7])).toBe(0); // most have nothing
    expect(relativeCenti(1500, 2000)).toBe(7500);
    expect(relativeCenti(2500, 2000)).toBe(10000);
    expect(relativeCenti(100, 0)).toBeNull();
  });
});
