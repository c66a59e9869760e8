// The total of a sheet, its published formula, and the ranking (pure).
//
//   category score  S_c = Σ w_i·s_i / Σ w_i    over the category's indicators that apply
//   total           T   = Σ W_c·S_c / Σ W_c    over the categories with any indicator that applies
//
// s_i is an indicator's score out of 100, w_i its weight inside its category,
// W_c the category's weight. Weights are whole percent; an indicator that does
// not apply to the person (not their target, or a rule with nothing to measure,
// such as talk coverage for someone who holds no talks) drops out and the
// others are re-normalised, so nobody gains or loses from an indicator that
// cannot measure them. Each S_c and T is rounded half up to 0.01 once, in
// integer arithmetic (scores in hundredths).
//
// Ties: equal totals are ordered by 职责目标, then 共同目标, then 综合性评价;
// equal on all four share a rank, and the next rank skips (1, 2, 2, 4).
import { competitionRanks, divideRoundHalfUp } from "../scores";
import { CATEGORIES, type Category } from "./labels";

export type SheetCategory = { category: Category; weight: number };
export type SheetIndicator = { id: string; category: Category; weight: number };
/** One indicator's result on a sheet: scored (hundredths), not applicable, or not yet scored. */
export type IndicatorResult =
  { kind: "SCORED"; centi: number } | { kind: "NA" } | { kind: "PENDING" };

export type SheetTotal =
  | { complete: true; totalCenti: number; byCategory: Partial<Record<Category, number>> }
  | { complete: false; pending: string[]; byCategory: Partial<Record<Category, number>> };

export const TOTAL_FORMULA =
  "总分 = Σ(类别权重 × 类别得分) ÷ Σ(适用类别权重)；类别得分 = Σ(指标权重 × 指标得分) ÷ Σ(适用指标权重)。" +
  "不适用于本人的指标不计入，其余指标按权重重新归一；类别得分和总分各四舍五入到 0.01 分。";

export const TIE_BREAK_RULE =
  "总分相同时依次比较职责目标、共同目标、综合性评价得分；均相同的并列同一名次，下一名次顺延。";

export function computeTotal(
  categories: readonly SheetCategory[],
  indicators: readonly SheetIndicator[],
  results: Readonly<Record<string, IndicatorResult | undefined>>,
): SheetTotal {
  const pending = indicators
    .filter((i) => (results[i.id] ?? { kind: "PENDING" }).kind === "PENDING")
    .map((i) => i.id);
  const byCategory: Partial<Record<Category, number>> = {};
  for (const c of categories) {
    let num = 0,
      den = 0;
    for (const i of indicators) {
      const r = results[i.id];
      if (i.category !== c.category || r?.kind !== "SCORED") continue;
      num += i.weight * r.centi;
      den += i.weight;
    }
    if (den > 0) byCategory[c.category] = divideRoundHalfUp(num, den);
  }
  if (pending.length > 0) return { complete: false, pending, byCategory };
  let num = 0,
    den = 0;
  for (const c of categories) {
    const s = byCategory[c.category];
    if (s === undefined) continue;
    num += c.weight * s;
    den += c.weight;
  }
  // Nothing applies at all: there is no total to give, which is not the same as 0.
  if (den === 0) return { complete: false, pending: [], byCategory };
  return { complete: true, totalCenti: divideRoundHalfUp(num, den), byCategory };
}

export type RankInput = {
  id: string;
  totalCenti: number;
  byCategory: Partial<Record<Category, number>>;
};

const TIE_ORDER: Category[] = ["DUTY", "COMMON", "OVERALL"];

/** Best first: total, then the tie-break categories (a missing category counts as below any score). */
export function compareSheets(a: RankInput, b: RankInput): number {
  if (a.totalCenti !== b.totalCenti) return b.totalCenti - a.totalCenti;
  for (const c of TIE_ORDER) {
    const d = (b.byCategory[c] ?? -1) - (a.byCategory[c] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Rows best first with their competition rank. Stable for full ties (input order). */
export function rankSheets<T extends RankInput>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort(compareSheets);
  const ranks = competitionRanks(sorted, (a, b) => compareSheets(a, b) === 0);
  return sorted.map((r, i) => ({ ...r, rank: ranks[i] }));
}

/** Categories in display order, for sheets and the formula's worked example. */
export const CATEGORY_ORDER: readonly Category[] = CATEGORIES;
