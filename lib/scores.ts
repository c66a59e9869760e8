// Scores, weights and ranks shared by every scored workflow (入额, 征文,
// 绩效考评). Scores are kept in hundredths of a point ("centi"), weights in
// whole percent.

/** Weights in whole percent, each 1–100, that add up to exactly 100. */
export function weightsValid(weights: readonly number[]): boolean {
  return (
    weights.length > 0 &&
    weights.every((w) => Number.isInteger(w) && w >= 1 && w <= 100) &&
    weights.reduce((s, w) => s + w, 0) === 100
  );
}

/** Integer division rounded half up (for non-negative numerators), exact in integers. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError("denominator must be positive");
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/**
 * Competition ranks ("1, 2, 2, 4") for rows already sorted best first: a row
 * equal to the one before it (by `same`) shares its rank; the next rank skips.
 */
export function competitionRanks<T>(sorted: readonly T[], same: (a: T, b: T) => boolean): number[] {
  const ranks: number[] = [];
  sorted.forEach((row, i) => {
    ranks.push(i > 0 && same(sorted[i - 1], row) ? ranks[i - 1] : i + 1);
  });
  return ranks;
}

/** "85.5" → 8550; up to two decimals; null when it is not a plain non-negative number. */
export function parseScoreCenti(text: string): number | null {
  const v = text.trim();
  const m = /^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(v);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** 8550 → "85.50" (totals). */
export function formatCenti(centi: number | null | undefined): string {
  return centi === null || centi === undefined ? "—" : (centi / 100).toFixed(2);
}

/** 8550 → "85.5", 8500 → "85" (a score as typed). */
export function centiToInput(centi: number | null | undefined): string {
  return centi === null || centi === undefined ? "" : String(centi / 100);
}
