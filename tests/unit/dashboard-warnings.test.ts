// Issue 17 item 3: the warning rule (lib/dashboard/warnings.ts) on
// hand-built series. Noise alone never warns; a real drop does; one mood step
// is 待观察, not 显著; a pulse alone is judged by its own noise; the reason is
// in words.
import { describe, expect, it } from "vitest";

import { assessWarning, type SeriesPoint } from "@/lib/dashboard/warnings";
import { monthsEnding } from "@/lib/dates";

const series = (
  values: (number | null)[],
  n: number | null = null,
  mood?: boolean,
): SeriesPoint[] => {
  const months = monthsEnding("2026-11", values.length);
  return values.map((index, i) => ({
    month: months[i],
    index,
    n: index === null ? null : n,
    ...(mood === undefined ? {} : { mood }),
  }));
};
const QUIET = [70, 72, 68, 71, 69, 70, 71, 69, 70, 72, 68, 70];

describe("assessWarning", () => {
  it("never warns on noise: a pulse-backed department wiggling ±4 around 70", () => {
    const wiggle = [70, 72, 68, 71, 69, 73, 70, 67, 71, 72, 69, 70, 66, 68, 74, 66];
    for (let end = 5; end <= wiggle.length; end++)
      expect(assessWarning(series(wiggle.slice(0, end), 20))).toBeNull();
  });

  it("never warns on a liaison who moves between two moods", () => {
    // Mood 4 and 3 alternate irregularly: σ from the history ≈ 12.9, so a 50 is ordinary.
    const v = [75, 50, 75, 75, 50, 75, 50, 75, 75, 50, 75, 50, 50];
    expect(assessWarning(series(v))).toBeNull();
  });

  it("needs history: fewer than four baseline months never warn", () => {
    expect(assessWarning(series([75, 75, 75, 20]))).toBeNull();
    expect(assessWarning(series([75, null, 75, 75, null, 20]))).toBeNull();
    expect(assessWarning(series([]))).toBeNull();
  });

  it("flags a real drop of 12 points over two months as 显著, with the reason in words", () => {
    // A pulse of 30 with a liaison mood in it. The history's spread is √(20/11) ≈ 1.35, pooled
    // with 2 months of the pulse's error (0.6·25·0.9/√30 = 2.46) and widened by 1 + 1/12:
    // √((2·2.46² + 11·1.82)/13 · 13/12) ≈ 1.64. A liaison mood is in the value, so σ is never
    // below 0.4 × 9.5 = 3.8: σ = 3.8. One month at −12 is under 3.25σ = 12.35 (待观察, ≥ 2σ);
    // two months with a mean drop of 12 ≥ 2.8·3.8/√2 = 7.5 are 显著.
    expect(assessWarning(series([...QUIET, 58], 30))).toMatchObject({ level: "WATCH" });
    const a = assessWarning(series([...QUIET, 58, 58], 30));
    expect(a).toMatchObject({
      level: "SIGNIFICANT",
      month: "2026-11",
      latest: 58,
      baseline: 70,
      drop: 12,
      months: 2,
      meanDrop: 12,
      sigma: 3.8,
      reason: "连续 2 个月低于基线 12 分，超出波动范围（±3.8）",
    });
    expect(a!.baselineMonths).toEqual(monthsEnding("2026-09", 12));
  });

  it("flags a sharp one-month drop as 显著", () => {
    const a = assessWarning(series([...QUIET, 52], 30));
    expect(a).toMatchObject({ level: "SIGNIFICANT", months: 1, drop: 18 });
    expect(a!.reason).toBe("最近 1 个月低于基线 18 分，超出波动范围（±3.8）");
  });

  it("judges a pulse alone by its own noise: a quiet history makes a smaller drop 显著", () => {
    // mood: false — no liaison mood, so no 3.8 floor, and the pulse thresholds (2.75σ). The
    // months under test are 70 and 61, so the baseline is the 11 months before: mean 70,
    // spread² 20/10 = 2; σ = √((2·(25·0.9/√30)² + 10·2)/12 · (1 + 1/11)) = √(4.48 · 1.09) ≈ 2.2.
    const a = assessWarning(series([...QUIET, 61], 30, false));
    expect(a).toMatchObject({ level: "SIGNIFICANT", drop: 9, sigma: 2.2, baseline: 70 });
    // The same values with a liaison mood in them: 9 < 3.25 × 3.8, only 待观察.
    expect(assessWarning(series([...QUIET, 61], 30))).toMatchObject({ level: "WATCH" });
    // A noisy pulse history (±8) does not warn on the same 9 points, nor on 15.
    const noisy = [70, 78, 62, 74, 66, 79, 61, 72, 68, 77, 63, 70];
    expect(assessWarning(series([...noisy, 61], 30, false))).toBeNull();
    expect(assessWarning(series([...noisy, 55], 30, false))).toMatchObject({ level: "WATCH" });
  });

  it("reads a value without n from its place on the mood grid", () => {
    // Off the 6.25 grid (70.3 is no mood score): a pulse of unknown size, judged by its history
    // with the cautious thresholds, since nobody said that no mood is in it.
    const offGrid = [70.3, 71.2, 69.4, 70.9, 69.8, 70.1, 71.4, 69.2, 70.7, 71.1, 69.6, 70.2];
    expect(assessWarning(series([...offGrid, 57.4]))).toMatchObject({ level: "SIGNIFICANT" });
    // On the grid: one liaison report, the 9.5 floor; 12.5 below is not even 待观察.
    const onGrid = Array.from({ length: 12 }, () => 68.75);
    expect(assessWarning(series([...onGrid, 56.25]))).toBeNull();
  });

  it("keeps one mood step on a flat history at 待观察; two months, or a step with 有波动, are 显著", () => {
    const flat = Array.from({ length: 12 }, () => 75);
    // 25 < 3.25 × 9.5 = 30.9: one step once is 待观察.
    expect(assessWarning(series([...flat, 50]))).toMatchObject({
      level: "WATCH",
      reason: "最近 1 个月低于基线 25 分，已超出常见波动（±9.5），但仅 1 个月，尚不足以判定",
    });
    expect(assessWarning(series([...flat, 50, 50]))).toMatchObject({
      level: "SIGNIFICANT",
      months: 2,
    });
    // mood 3 with 有波动: 100 × 1.5/4 = 37.5, a drop of 37.5 ≥ 30.9.
    expect(assessWarning(series([...flat, 37.5]))).toMatchObject({
      level: "SIGNIFICANT",
      months: 1,
    });
  });

  it("never warns below the minimum effect, however quiet the department", () => {
    const flat = Array.from({ length: 12 }, () => 70);
    expect(assessWarning(series([...flat, 62.5], 40))).toBeNull(); // 7.5 < 8
  });

  it("compares a pulse month with the pulse months of its baseline (quarterly pulses)", () => {
    // Moods alone give 75; months with a pulse come out near 68. A pulse month at 67
    // is ordinary for its kind, though 8 below the moods-only months.
    const v = [75, 75, 68, 75, 75, 69, 75, 75, 67.5, 75, 75, 68.5, 75, 75, 67];
    const s = series(v).map((p, i) => ((i + 1) % 3 === 0 ? { ...p, n: 25 } : p));
    expect(assessWarning(s)).toBeNull();
  });
});
