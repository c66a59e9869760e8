// Early warnings (预警) for one department's monthly index series: a drop
// counts only when it is both larger than a minimum effect and outside the
// department's own noise band. Pure and self-contained, so that the
// dashboard (through findWarnings in ./index.ts) and the evaluation harness
// (`npm run eval:warnings`, scripts/eval-warnings.ts) call the same function.
// docs/sentiment-index.md, "Early warnings", has the rule, a worked example
// and the measured recall and false-alarm rates.

/**
 * One month of a department's index, oldest first, one entry per calendar
 * month (gaps allowed: a month with no shown, complete value has index null).
 */
export type SeriesPoint = {
  /** "YYYY-MM" */
  month: string;
  /** the department's index (0–100), or null: no data, masked (n < 5) or not yet complete */
  index: number | null;
  /** pulse respondents behind the value (≥ 5), or null/absent when the value is from liaison reports only */
  n?: number | null;
};

export type WarningLevel = "SIGNIFICANT" | "WATCH";

export type Assessment = {
  level: WarningLevel;
  /** the latest month with a value: the month the warning is about */
  month: string;
  latest: number;
  /** mean of the baseline months */
  baseline: number;
  /** baseline − latest, one decimal */
  drop: number;
  /** consecutive months (ending with `month`) below the baseline by the minimum effect: 1 or 2 */
  months: number;
  /** baseline − mean of those months, one decimal */
  meanDrop: number;
  /** the noise band: one standard deviation of the department's index, one decimal */
  sigma: number;
  baselineMonths: string[];
  /** the reason in Chinese words, e.g. "连续 2 个月低于基线 12 分，超出波动范围（±8.1）" */
  reason: string;
};

/** A drop smaller than this never warns, however quiet the department. */
export const MIN_EFFECT = 8;
/** The baseline: up to this many months of values before the months under test. */
export const BASELINE_MONTHS = 12;
/** …of which at least this many must have a value. */
export const MIN_BASELINE_POINTS = 4;
/** 显著 on one month: the drop is at least this many noise-band widths (σ). */
export const Z_ONE = 3;
/** 显著 on two consecutive months: their mean drop is at least this many σ/√2. */
export const Z_TWO = 2.6;
/** 待观察: the latest drop is at least this many σ (and the minimum effect). */
export const Z_WATCH = 2;
/** The thresholds, overridable for the evaluation's sensitivity runs only. */
export type WarningParams = { minEffect: number; zOne: number; zTwo: number; zWatch: number };
export const WARNING_PARAMS: WarningParams = {
  minEffect: MIN_EFFECT,
  zOne: Z_ONE,
  zTwo: Z_TWO,
  zWatch: Z_WATCH,
};

/**
 * The smallest noise band of a month from liaison reports alone. The mood
 * moves the index in steps of 25 (6.25 with the stability judgement):
 * rounding to a step is worth 25/√12 ≈ 7.2 points, and the liaison's own
 * judgement about a quarter step (≈ 6.25) more: √(7.2² + 6.25²) ≈ 9.5. So a
 * department whose history never moved still has a band, and one mood step
 * down (25) in one month is 待观察, not 显著 (3 × 9.5 = 28.5); two such months,
 * or one step with 有波动, are 显著.
 */
export const SIGMA_FLOOR_MOOD = 9.5;
/**
 * With a pulse part of n respondents: the pulse mean's standard error in
 * index points (answers' spread ≈ 0.9 on the 1–5 scale, weight 0.6) added to
 * the mood's. σ_floor(n) = √((0.6·25·0.9/√n)² + (0.4·7.2)²).
 */
export function sigmaFloor(n: number | null | undefined): number {
  if (!n || n <= 0) return SIGMA_FLOOR_MOOD;
  const pulse = (0.6 * 25 * 0.9) / Math.sqrt(n);
  const mood = 0.4 * SIGMA_FLOOR_MOOD;
  return Math.sqrt(pulse * pulse + mood * mood);
}

const round1 = (x: number) => Math.round(x * 10 + 1e-9) / 10;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const fmt = (x: number) => String(round1(x));

const kindOf = (p: SeriesPoint) => (p.n && p.n > 0 ? "pulse" : "mood");

/**
 * The baseline of a month and the history's noise. Months with a pulse part
 * and months from reports alone measure the same thing differently (a
 * quarterly pulse makes the series alternate), so a month is compared with
 * the mean of the baseline months of its own kind when there are at least
 * three of them, and the noise is the spread around those means.
 */
function baselineOf(base: SeriesPoint[]) {
  const all = mean(base.map((p) => p.index!));
  const byKind = new Map<string, number[]>();
  for (const p of base) byKind.set(kindOf(p), [...(byKind.get(kindOf(p)) ?? []), p.index!]);
  const meanOf = new Map(
    [...byKind].map(([k, xs]) => [k, xs.length >= 3 ? mean(xs) : all] as const),
  );
  const baseline = (p: SeriesPoint) => meanOf.get(kindOf(p)) ?? all;
  const residuals = base.map((p) => p.index! - baseline(p));
  const dof = Math.max(1, residuals.length - [...meanOf.values()].length);
  const sigmaHistory = Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / dof);
  return { baseline, sigmaHistory };
}

/**
 * Assesses the latest month of a department's series. Returns null when it
 * does not warn (or has too little history to say).
 *
 *   1. The months under test: the latest month with a value, and the month
 *      before it when that one has a value too.
 *   2. The baseline: the values of the BASELINE_MONTHS months before those,
 *      at least MIN_BASELINE_POINTS of them. Baseline = their mean.
 *   3. The noise band σ = max(their spread around the baseline, σ_floor(n)),
 *      where n is the smaller pulse group behind the months under test (no
 *      pulse part: the mood floor).
 *   4. 显著 when the latest month is ≥ MIN_EFFECT and ≥ Z_ONE·σ below the
 *      baseline, or when the two months are each ≥ MIN_EFFECT below it and
 *      their mean drop is ≥ Z_TWO·σ/√2. 待观察 when the latest month alone is
 *      ≥ MIN_EFFECT and ≥ Z_WATCH·σ below it.
 */
export function assessWarning(
  series: SeriesPoint[],
  params: Partial<WarningParams> = {},
): Assessment | null {
  const { minEffect, zOne, zTwo, zWatch } = { ...WARNING_PARAMS, ...params };
  let i = series.length - 1;
  while (i >= 0 && series[i].index === null) i--;
  if (i < 0) return null;
  const latest = series[i];
  const prev = i > 0 && series[i - 1].index !== null ? series[i - 1] : null;
  const testStart = prev ? i - 1 : i;
  const window = series.slice(Math.max(0, testStart - BASELINE_MONTHS), testStart);
  const base = window.filter((p) => p.index !== null);
  if (base.length < MIN_BASELINE_POINTS) return null;
  const { baseline, sigmaHistory } = baselineOf(base);
  const latestBase = baseline(latest);

  // The floor is the measurement noise of the months under test; the
  // history's own spread already carries the baseline months' noise.
  const ns = [latest, ...(prev ? [prev] : [])].map((p) => p.n ?? 0);
  const smallest = ns.some((n) => n <= 0) ? null : Math.min(...ns);
  const sigma = Math.max(sigmaHistory, sigmaFloor(smallest));

  const drop1 = latestBase - latest.index!;
  if (drop1 < minEffect) return null;
  const drop0 = prev ? baseline(prev) - prev.index! : -Infinity;
  const two = drop0 >= minEffect;
  const meanDrop = two ? (drop0 + drop1) / 2 : drop1;

  const oneSig = drop1 >= zOne * sigma;
  const twoSig = two && meanDrop >= (zTwo * sigma) / Math.SQRT2;
  const watch = drop1 >= zWatch * sigma;
  if (!oneSig && !twoSig && !watch) return null;

  const level: WarningLevel = oneSig || twoSig ? "SIGNIFICANT" : "WATCH";
  const months = two ? 2 : 1;
  const band = `（±${fmt(sigma)}）`;
  const below = two
    ? `连续 2 个月低于基线 ${fmt(meanDrop)} 分`
    : `最近 1 个月低于基线 ${fmt(drop1)} 分`;
  const reason =
    level === "SIGNIFICANT"
      ? `${below}，超出波动范围${band}`
      : `${below}，已超出常见波动${band}，但仅 1 个月，尚不足以判定`;
  return {
    level,
    month: latest.month,
    latest: latest.index!,
    baseline: round1(latestBase),
    drop: round1(drop1),
    months,
    meanDrop: round1(meanDrop),
    sigma: round1(sigma),
    baselineMonths: window.map((p) => p.month),
    reason,
  };
}
