// Grades from a configurable distribution (pure). 优秀 is capped at a share of
// the people graded and needs a minimum total; below two thresholds a total is
// 基本称职 or 不称职; everyone else is 称职. A tie group that straddles the 优秀
// cap stays out of 优秀 as a whole, so the cap is never exceeded and equal
// totals never get different grades.
import { z } from "zod";

import type { Grade } from "./labels";

export const GradeDistribution = z
  .object({
    excellentMaxPercent: z.number().int().min(0, "比例不能为负").max(100, "比例不能超过 100%"),
    excellentMinCenti: z.number().int().min(0).max(10000),
    basicBelowCenti: z.number().int().min(0).max(10000),
    incompetentBelowCenti: z.number().int().min(0).max(10000),
  })
  .refine((d) => d.incompetentBelowCenti <= d.basicBelowCenti, {
    message: "不称职分数线不能高于基本称职分数线",
    path: ["incompetentBelowCenti"],
  })
  .refine((d) => d.basicBelowCenti <= d.excellentMinCenti, {
    message: "基本称职分数线不能高于优秀最低分",
    path: ["basicBelowCenti"],
  });
export type GradeDistribution = z.infer<typeof GradeDistribution>;

/** The 院's default: 优秀 ≤ 15 % and ≥ 85 分; < 70 基本称职; < 60 不称职. */
export const DEFAULT_DISTRIBUTION: GradeDistribution = {
  excellentMaxPercent: 15,
  excellentMinCenti: 8500,
  basicBelowCenti: 7000,
  incompetentBelowCenti: 6000,
};

/** The most people that may be 优秀 among `n`. */
export function excellentCap(n: number, d: GradeDistribution): number {
  return Math.floor((n * d.excellentMaxPercent) / 100);
}

/**
 * Grades for ranked rows (competition ranks, as rankSheets gives). A row is
 * 优秀 when its whole tie group fits under the cap and its total reaches the
 * minimum.
 */
export function assignGrades<T extends { id: string; rank: number; totalCenti: number }>(
  ranked: readonly T[],
  d: GradeDistribution,
): Map<string, Grade> {
  const cap = excellentCap(ranked.length, d);
  const groupEnd = new Map<number, number>();
  for (const r of ranked) groupEnd.set(r.rank, (groupEnd.get(r.rank) ?? r.rank - 1) + 1);
  const out = new Map<string, Grade>();
  for (const r of ranked) {
    let g: Grade = "COMPETENT";
    if (r.totalCenti < d.incompetentBelowCenti) g = "INCOMPETENT";
    else if (r.totalCenti < d.basicBelowCenti) g = "BASIC";
    else if (r.totalCenti >= d.excellentMinCenti && groupEnd.get(r.rank)! <= cap) g = "EXCELLENT";
    out.set(r.id, g);
  }
  return out;
}

/** Counts by grade, every grade present. */
export function distributionOf(grades: Iterable<Grade>): Record<Grade, number> {
  const out: Record<Grade, number> = { EXCELLENT: 0, COMPETENT: 0, BASIC: 0, INCOMPETENT: 0 };
  for (const g of grades) out[g]++;
  return out;
}
