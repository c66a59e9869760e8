import { describe, expect, it } from "vitest";

import {
  entryTotals,
  formatTotal,
  isValidScore,
  rankEntries,
  type ScoreCell,
} from "@/lib/culture/essays/scoring";

const C = ["c1", "c2", "c3"];
const sheet = (entryId: string, judgeId: string, [a, b, c]: number[]): ScoreCell[] => [
  { entryId, judgeId, criterionId: "c1", score: a },
  { entryId, judgeId, criterionId: "c2", score: b },
  { entryId, judgeId, criterionId: "c3", score: c },
];

describe("essay rubric totals", () => {
  it("is the mean of the judges' complete totals, in hundredths", () => {
    const scores = [...sheet("e1", "j1", [8, 9, 7]), ...sheet("e1", "j2", [10, 9, 9])];
    // (24 + 28) / 2 = 26
    expect(entryTotals(["e1"], C, scores)).toEqual([
      { entryId: "e1", totalCenti: 2600, sheets: 2 },
    ]);
  });

  it("rounds a mean that is not whole to two decimals", () => {
    const scores = [
      ...sheet("e1", "j1", [8, 8, 8]),
      ...sheet("e1", "j2", [8, 8, 8]),
      ...sheet("e1", "j3", [9, 8, 8]),
    ];
    // (24 + 24 + 25) / 3 = 24.333…
    expect(entryTotals(["e1"], C, scores)[0].totalCenti).toBe(2433);
    expect(formatTotal(2433)).toBe("24.33");
  });

  it("counts only complete sheets, so a recused judge does not pull an entry down", () => {
    const scores = [
      ...sheet("e1", "j1", [9, 9, 9]),
      { entryId: "e1", judgeId: "j2", criterionId: "c1", score: 1 },
    ];
    expect(entryTotals(["e1"], C, scores)[0]).toEqual({
      entryId: "e1",
      totalCenti: 2700,
      sheets: 1,
    });
  });

  it("gives no total without a complete sheet, and ignores scores of other criteria", () => {
    const scores = [{ entryId: "e1", judgeId: "j1", criterionId: "old", score: 10 }];
    expect(entryTotals(["e1", "e2"], C, scores)).toEqual([
      { entryId: "e1", totalCenti: null, sheets: 0 },
      { entryId: "e2", totalCenti: null, sheets: 0 },
    ]);
    expect(entryTotals(["e1"], [], sheet("e1", "j1", [1, 2, 3]))[0].totalCenti).toBeNull();
  });

  it("accepts whole scores 1–10 only", () => {
    expect([1, 5, 10].every(isValidScore)).toBe(true);
    expect([0, 11, 7.5, -1, Number.NaN].some(isValidScore)).toBe(false);
  });
});

describe("essay ranking", () => {
  const t = (entryId: string, totalCenti: number | null) => ({ entryId, totalCenti, sheets: 1 });

  it("ranks by total, equal totals share a rank and the next rank skips", () => {
    const ranked = rankEntries([
      t("a", 2500),
      t("b", 2700),
      t("c", 2500),
      t("d", 2400),
      t("e", 2700),
    ]);
    expect(ranked.map((r) => [r.entryId, r.rank])).toEqual([
      ["b", 1],
      ["e", 1],
      ["a", 3],
      ["c", 3],
      ["d", 5],
    ]);
  });

  it("puts unscored entries last, unranked", () => {
    const ranked = rankEntries([t("a", null), t("b", 2000), t("c", null)]);
    expect(ranked.map((r) => [r.entryId, r.rank])).toEqual([
      ["b", 1],
      ["a", null],
      ["c", null],
    ]);
  });

  it("ties on totals that round to the same hundredth", () => {
    const totals = entryTotals(["x", "y"], C, [
      ...sheet("x", "j1", [8, 8, 8]),
      ...sheet("y", "j1", [9, 8, 7]),
    ]);
    expect(rankEntries(totals).map((r) => r.rank)).toEqual([1, 1]);
  });
});
