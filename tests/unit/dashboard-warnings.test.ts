// Issue 17 item 3: the warning rule (lib/dashboard/warnings.ts) on
// hand-built series. Noise alone never warns; a real drop does; one mood step
// is 待观察, not 显著; the reason is in words.
import { describe, expect, it } from "vitest";

import { assessWarning, sigmaFloor, type SeriesPoint } from "@/lib/dashboard/warnings";
import { monthsEnding } from "@/lib/dates";

const series = (values: (number | null)[], n: number | null = null): SeriesPoint[] => {
  const months = monthsEnding("2026-11", values.length);
  return values.map((index, i) => ({ month: months[i], index, n: index === null ? null : n }));
};

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
    // Baseline months (12 before the two under test): mean 70, spread ≈ 1.5 → σ = the floor
    // for n = 30: √((0.6·25·0.9/√30)² + (0.4·9.5)²) = √(2.465² + 3.8²) = 4.53.
    // One month at −12 is under 3σ = 13.6; two months with mean drop 12 ≥ 2.6·4.53/√2 = 8.3.
    const base = [70, 72, 68, 71, 69, 70, 71, 69, 70, 72, 68, 70];
    expect(sigmaFloor(30)).toBeCloseTo(4.53, 2);
    expect(assessWarning(series([...base, 58], 30))).toMatchObject({ level: "WATCH" });
    const a = assessWarning(series([...base, 58, 58], 30));
    expect(a).toMatchObject({
      level: "SIGNIFICANT",
      month: "2026-11",
      latest: 58,
      baseline: 70,
      drop: 12,
      months: 2,
      meanDrop: 12,
      sigma: 4.5,
      reason: "连续 2 个月低于基线 12 分，超出波动范围（±4.5）",
    });
    expect(a!.baselineMonths).toEqual(monthsEnding("2026-09", 12));
  });

  it("flags a sharp one-month drop as 显著", () => {
    const a = assessWarning(series([70, 72, 68, 71, 69, 70, 71, 69, 70, 72, 68, 70, 52], 30));
    expect(a).toMatchObject({ level: "SIGNIFICANT", months: 1, drop: 18 });
    expect(a!.reason).toBe("最近 1 个月低于基线 18 分，超出波动范围（±4.5）");
  });

  it("keeps one mood step on a flat history at 待观察; two months, or a step with 有波动, are 显著", () => {
    const flat = Array.from({ length: 12 }, () => 75);
    // 25 < 3 × 9.5 = 28.5: one step once is 待观察.
    expect(assessWarning(series([...flat, 50]))).toMatchObject({
      level: "WATCH",
      reason: "最近 1 个月低于基线 25 分，已超出常见波动（±9.5），但仅 1 个月，尚不足以判定",
    });
    expect(assessWarning(series([...flat, 50, 50]))).toMatchObject({
      level: "SIGNIFICANT",
      months: 2,
    });
    // mood 3 with 有波动: 100 × 1.5/4 = 37.5, a drop of 37.5 ≥ 28.5.
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
