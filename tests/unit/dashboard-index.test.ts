// "Dashboard truth": the sentiment index, the heatmap (with masked cells and
// the 其他部门 row) and the warnings on a small hand-made fixture, against
// values worked out by hand in the comments. The formula is in
// docs/sentiment-index.md.
import { describe, expect, it } from "vitest";

import {
  buildSentiment,
  moodScore,
  sentimentIndex,
  type Cell,
  type HeatRow,
  type MoodAggregate,
  type PulseAggregate,
} from "@/lib/dashboard/index";
import { milestonesWithin } from "@/lib/dashboard/milestones";
import { monthOf, monthsEnding } from "@/lib/dates";

const departments = [
  { id: "A", name: "第一检察部" },
  { id: "B", name: "第二检察部" },
  { id: "C", name: "第三检察部" },
  { id: "D", name: "第四检察部" },
  { id: "E", name: "第五检察部" }, // no reports, no answers: not listed
];
const months = monthsEnding("2026-08", 8); // 2026-01 … 2026-08

// Moods (one report per department and month; "-" = not filed):
//        01 02 03 04 05 06 07 08
//   A     4  4  4  4  4  4  4  3
//   B     4  4  4  4  4  4  4  4
//   C     3  -  3  3  -  3  3  2
//   D     5  5  5  5  5  5  5  5
const moodTable: Record<string, (number | null)[]> = {
  A: [4, 4, 4, 4, 4, 4, 4, 3],
  B: [4, 4, 4, 4, 4, 4, 4, 4],
  C: [3, null, 3, 3, null, 3, 3, 2],
  D: [5, 5, 5, 5, 5, 5, 5, 5],
};
const moods: MoodAggregate[] = Object.entries(moodTable).flatMap(([departmentId, row]) =>
  row.flatMap((mood, i) =>
    mood === null
      ? []
      : [
          {
            departmentId,
            month: months[i],
            sum: mood,
            count: 1,
            reportId: `r-${departmentId}-${i}`,
          },
        ],
  ),
);

// Pulse rounds, two questions each (answers = 2 × responses):
//   R0 closes 2026-02: A MIDDLE 3 people (sum 15)            → total 3 < 5: nothing shown
//   R1 closes 2026-05: A MIDDLE 3 (sum 24), A YOUNG 3 (sum 22) → A n=6
//                      B MIDDLE 5 (sum 40)                     → B n=5
//                      C YOUNG 2 (sum 12)                      → C n=2
//                      其他部门 OLD 2 (sum 14)                  → null n=2
//     maskGroups: C (2) and null (2) make 其他部门 n=4 < 5, so the smallest shown
//     department, B (5), joins it: shown = A (6) and 其他部门 {B, C, null} (9).
//   R2 closes 2026-08: A MIDDLE 5 (sum 20), B MIDDLE 4 (sum 32), B YOUNG 3 (sum 24),
//                      C YOUNG 5 (sum 43); D has nobody.     → A 5, B 7, C 5 all shown
const agg = (
  roundId: string,
  departmentId: string | null,
  ageLayer: PulseAggregate["ageLayer"],
  responses: number,
  sum: number,
): PulseAggregate => ({ roundId, departmentId, ageLayer, responses, answers: 2 * responses, sum });
const pulse: PulseAggregate[] = [
  agg("R0", "A", "MIDDLE", 3, 15),
  agg("R1", "A", "MIDDLE", 3, 24),
  agg("R1", "A", "YOUNG", 3, 22),
  agg("R1", "B", "MIDDLE", 5, 40),
  agg("R1", "C", "YOUNG", 2, 12),
  agg("R1", null, "OLD", 2, 14),
  agg("R2", "A", "MIDDLE", 5, 20),
  agg("R2", "B", "MIDDLE", 4, 32),
  agg("R2", "B", "YOUNG", 3, 24),
  agg("R2", "C", "YOUNG", 5, 43),
];
const rounds = [
  { id: "R0", month: "2026-02" },
  { id: "R1", month: "2026-05" },
  { id: "R2", month: "2026-08" },
];

const s = buildSentiment({ months, departments, rounds, pulse, moods });
const row = (key: string) =>
  [s.overall, ...s.departments, ...(s.other ? [s.other] : [])].find((r) => r.key === key)!;
const indexes = (r: HeatRow) =>
  r.cells.map((c) => (c.kind === "value" ? c.index : c.kind === "masked" ? "masked" : "—"));
const cell = (key: string, month: string) =>
  row(key).cells[months.indexOf(month)] as Extract<Cell, { kind: "value" }>;

describe("sentimentIndex", () => {
  it("weights the pulse 0.6 and the mood 0.4 on a 0–100 scale, or takes the one part that exists", () => {
    // 100 × [0.6 × (4−1)/4 + 0.4 × (3−1)/4] = 100 × [0.45 + 0.2] = 65
    expect(sentimentIndex(4, 3)).toBe(65);
    expect(sentimentIndex(4, null)).toBe(75); // 100 × 3/4
    expect(sentimentIndex(null, 2)).toBe(25); // 100 × 1/4
    expect(sentimentIndex(null, null)).toBeNull();
    expect(sentimentIndex(5, 5)).toBe(100);
    expect(sentimentIndex(1, 1)).toBe(0);
    // 100 × [0.6 × (11/3 − 1)/4 + 0.4 × 3/4] = 100 × [0.4 + 0.3] = 70
    expect(sentimentIndex(11 / 3, 4)).toBe(70);
    // one decimal: 100 × (11/3 − 1)/4 = 66.666… → 66.7
    expect(sentimentIndex(null, 11 / 3)).toBe(66.7);
  });
});

describe("buildSentiment on the fixture", () => {
  it("computes the 院 line", () => {
    // 01: M = (4+4+3+5)/4 = 4 → 75
    // 02: R0 shows nothing (3 < 5): M only, (4+4+5)/3 = 13/3 → 100 × (10/3)/4 = 83.33 → 83.3
    // 05: P = (24+22+40+12+14)/30 = 112/30 = 3.7333, M = 13/3
    //     100 × [0.6 × 2.7333/4 + 0.4 × 3.3333/4] = 100 × [0.41 + 0.33333] = 74.33 → 74.3
    // 08: P = (20+32+24+43)/34 = 119/34 = 3.5, M = (3+4+2+5)/4 = 3.5 → 100 × 2.5/4 = 62.5
    expect(indexes(s.overall)).toEqual([75, 83.3, 75, 75, 74.3, 75, 75, 62.5]);
    expect(cell("ALL", "2026-05")).toMatchObject({ n: 15, roundIds: ["R1"] });
    expect(cell("ALL", "2026-05").pulse).toBeCloseTo(112 / 30, 10);
    expect(cell("ALL", "2026-08")).toMatchObject({ pulse: 3.5, mood: 3.5, n: 17 });
    expect(cell("ALL", "2026-02")).toMatchObject({ pulse: null, n: null, roundIds: [] });
  });

  it("fills the heatmap: M only without a round, P and M when shown, 样本不足 when not", () => {
    // A 05: P = (24+22)/12 = 3.8333 → 100 × [0.6 × 2.8333/4 + 0.4 × 3/4] = 42.5 + 30 = 72.5
    // A 08: P = 20/10 = 2, M = 3 → 100 × [0.6 × 1/4 + 0.4 × 2/4] = 15 + 20 = 35
    expect(indexes(row("A"))).toEqual([75, "masked", 75, 75, 72.5, 75, 75, 35]);
    // B 05 is merged into 其他部门: masked, not its mood-only 75.
    // B 08: P = 56/14 = 4, M = 4 → 75
    expect(indexes(row("B"))).toEqual([75, "masked", 75, 75, "masked", 75, 75, 75]);
    // C: mood 3 → 50, mood 2 with P = 43/10 = 4.3 → 100 × [0.6 × 3.3/4 + 0.4 × 1/4] = 49.5 + 10 = 59.5
    expect(indexes(row("C"))).toEqual([50, "masked", 50, 50, "masked", 50, 50, 59.5]);
    // D never answers: every pulse month is masked (n = 0), the rest mood 5 → 100
    expect(indexes(row("D"))).toEqual([100, "masked", 100, 100, "masked", 100, 100, "masked"]);
    expect(s.departments.map((r) => r.key)).toEqual(["A", "B", "C", "D"]); // E has no data

    expect(cell("A", "2026-05")).toMatchObject({
      n: 6,
      mood: 4,
      roundIds: ["R1"],
      reportId: "r-A-4",
    });
    expect(cell("A", "2026-05").pulse).toBeCloseTo(46 / 12, 10);
    expect(cell("A", "2026-01")).toMatchObject({
      pulse: null,
      mood: 4,
      n: null,
      reportId: "r-A-0",
    });
  });

  it("shows merged departments in the 其他部门 row for that month only", () => {
    // 05: P = (40+12+14)/18 = 3.6667 (n = 9), M = mean of B and C's reports = 4 (C filed none)
    //     100 × [0.6 × 2.6667/4 + 0.4 × 3/4] = 40 + 30 = 70
    expect(indexes(row("OTHER"))).toEqual(["—", "—", "—", "—", 70, "—", "—", "—"]);
    expect(cell("OTHER", "2026-05")).toMatchObject({ n: 9, mood: 4, reportId: null });
    expect(row("OTHER").members![4]).toEqual(["第二检察部", "第三检察部"]);
    expect(row("OTHER").members![7]).toEqual([]);
  });

  it("warns only for A, 显著, with the reason in words", () => {
    // A: months under test 07 (75) and 08 (35). Baseline months 01…06 with a value:
    //    75, 75, 75, 72.5 (05, pulse), 75 → five points. Moods-only kind: 4 values → 75;
    //    pulse kind: 1 value (< 3) → the mean of all, 372.5/5 = 74.5. 08 has a pulse part,
    //    so its baseline is 74.5 and the drop 39.5. 07 is not below its baseline (75).
    //    Spread: residuals 0,0,0,−2,0 → √(4/3) = 1.2; the floor is that of the months
    //    under test, and 07 is from reports alone → 9.5, so σ = 9.5;
    //    39.5 ≥ 3 × 9.5 = 28.5 → 显著.
    // B: 08 = 75 against 75. C: 59.5 against 50 (rose). D: latest value 07 (100) against 100.
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toMatchObject({
      departmentId: "A",
      name: "第一检察部",
      level: "SIGNIFICANT",
      month: "2026-08",
      latest: 35,
      baseline: 74.5,
      drop: 39.5,
      months: 1,
      sigma: 9.5,
      baselineMonths: months.slice(0, 6),
      reason: "最近 1 个月低于基线 39.5 分，超出波动范围（±9.5）",
    });
  });
});

describe("moodScore", () => {
  it("takes the stability judgement off the mood in quarter steps, never below 1", () => {
    expect(moodScore(4, "STABLE")).toBe(4);
    expect(moodScore(4, "MOSTLY_STABLE")).toBe(3.75); // index 68.75 instead of 75
    expect(moodScore(4, "FLUCTUATING")).toBe(3.5); // 62.5
    expect(moodScore(1, "FLUCTUATING")).toBe(1);
    expect(sentimentIndex(null, moodScore(3, "MOSTLY_STABLE"))).toBe(43.8); // 100 × 1.75/4 = 43.75
  });
});

describe("months", () => {
  it("places instants in Shanghai calendar months", () => {
    expect(monthOf(new Date("2026-04-30T15:59:59Z"))).toBe("2026-04");
    expect(monthOf(new Date("2026-04-30T16:00:00Z"))).toBe("2026-05"); // 00:00 on 1 May in Shanghai
    expect(monthsEnding("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });

  it("clips milestones to the window", () => {
    const list = [
      { from: "2025-03", to: "2025-06", label: "司法责任制改革 · 入额", kind: "REFORM" },
    ];
    expect(milestonesWithin(monthsEnding("2026-10", 24), list)).toEqual(list);
    expect(milestonesWithin(monthsEnding("2025-04", 3), list)).toMatchObject([
      { from: "2025-03", to: "2025-04", kind: "REFORM" },
    ]);
    expect(milestonesWithin(monthsEnding("2027-12", 12), list)).toEqual([]);
    expect(milestonesWithin([], list)).toEqual([]);
  });
});
