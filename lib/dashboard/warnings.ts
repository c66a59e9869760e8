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
  /**
   * whether a liaison mood is part of the value. Absent: a value with n is
   * taken to have one (the dashboard's months do), and a value without n is
   * from reports alone when it sits on the mood scores' 6.25 grid.
   */
  mood?: boolean | null;
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
export const Z_ONE = 3.25;
/** 显著 on two consecutive months: their mean drop is at least this many σ/√2. */
export const Z_TWO = 2.8;
/**
 * The same two thresholds when no liaison mood is in the months under test:
 * a pulse mean is near-normal (many answers), while a liaison's whole-step
 * mood has heavy tails, so a pulse alone needs fewer σ for the same false
 * alarms (the evaluation's pulse-only table).
 */
export const Z_ONE_PULSE = 2.75;
export const Z_TWO_PULSE = 2.2;
/** 待观察: the latest drop is at least this many σ (and the minimum effect). */
export const Z_WATCH = 2;
/**
 * How much the measurement floor counts against the history's own spread:
 * as many months of history as this (a prior of ν₀ = 2 pseudo-months). With a
 * year of history the department's own spread decides; with four months the
 * floor still weighs a third.
 */
export const PRIOR_MONTHS = 2;
/** The thresholds, overridable for the evaluation's sensitivity runs only. */
export type WarningParams = {
  minEffect: number;
  zOne: number;
  zTwo: number;
  zOnePulse: number;
  zTwoPulse: number;
  zWatch: number;
};
export const WARNING_PARAMS: WarningParams = {
  minEffect: MIN_EFFECT,
  zOne: Z_ONE,
  zTwo: Z_TWO,
  zOnePulse: Z_ONE_PULSE,
  zTwoPulse: Z_TWO_PULSE,
  zWatch: Z_WATCH,
};

/**
 * The smallest noise band of a month from liaison reports alone. The mood
 * moves the index in steps of 25 (6.25 with the stability judgement):
 * rounding to a step is worth 25/√12 ≈ 7.2 points, and the liaison's own
 * judgement about a quarter step (≈ 6.25) more: √(7.2² + 6.25²) ≈ 9.5. A
 * one-person, whole-step measurement cannot be judged by a quiet history, so
 * for such months this is a hard floor: one mood step down (25) in one month
 * is 待观察, not 显著 (3.25 × 9.5 ≈ 30.9); two such months, or one step with
 * 有波动 (37.5), are 显著.
 */
export const SIGMA_FLOOR_MOOD = 9.5;
/** The mood's share of the index when a pulse part exists: 0.4 × SIGMA_FLOOR_MOOD, a hard floor too. */
export const SIGMA_FLOOR_MOOD_IN_PULSE = 0.4 * SIGMA_FLOOR_MOOD;
/** Answers' spread on the 1–5 scale, for the pulse mean's standard error. */
const ANSWER_SD = 0.9;
/** The pulse group size assumed when a pulse value comes without n: a large group, a small floor. */
const UNKNOWN_N = 40;

/** The pulse mean's standard error in index points (weight 0.6 when a mood is part of the value, else 1). */
function pulseError(n: number, withMood: boolean): number {
  return ((withMood ? 0.6 : 1) * 25 * ANSWER_SD) / Math.sqrt(n);
}

const round1 = (x: number) => Math.round(x * 10 + 1e-9) / 10;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const fmt = (x: number) => String(round1(x));

/**
 * What a value is made of. "mood": one liaison report alone; "pulse+mood":
 * a pulse with a liaison mood; "pulse": a pulse alone. A point without n
 * whose value is off the 6.25 grid cannot come from one report (a mood score
 * is a whole mood less 0, ¼ or ½), so it is a pulse of unknown size.
 */
type Kind = "mood" | "pulse+mood" | "pulse";
const onMoodGrid = (v: number) => Math.abs(v - 6.25 * Math.round(v / 6.25)) <= 0.051;
function kindOf(p: SeriesPoint): Kind {
  if (p.n && p.n > 0) return p.mood === false ? "pulse" : "pulse+mood";
  if (p.mood === true) return "mood";
  if (p.mood === false) return "pulse";
  return onMoodGrid(p.index!) ? "mood" : "pulse";
}
/** Baselines are kept apart for values with and without a pulse part (a quarterly pulse alternates them). */
const familyOf = (p: SeriesPoint) => (kindOf(p) === "mood" ? "mood" : "pulse");

/**
 * The baseline of a month and the history's noise. Months with a pulse part
 * and months from reports alone measure the same thing differently (a
 * quarterly pulse makes the series alternate), so a month is compared with
 * the mean of the baseline months of its own family when there are at least
 * three of them, and the noise is the spread around those means.
 */
function baselineOf(base: SeriesPoint[]) {
  const all = mean(base.map((p) => p.index!));
  const byFamily = new Map<string, number[]>();
  for (const p of base) byFamily.set(familyOf(p), [...(byFamily.get(familyOf(p)) ?? []), p.index!]);
  const meanOf = new Map(
    [...byFamily].map(([k, xs]) => [k, xs.length >= 3 ? mean(xs) : all] as const),
  );
  const baseline = (p: SeriesPoint) => meanOf.get(familyOf(p)) ?? all;
  const residuals = base.map((p) => p.index! - baseline(p));
  const dof = Math.max(1, residuals.length - meanOf.size);
  const variance = residuals.reduce((s, r) => s + r * r, 0) / dof;
  return { baseline, variance, dof };
}

/**
 * The noise band σ of the months under test against a baseline of `points`
 * months: the history's variance pooled with the pulse's measurement floor
 * (PRIOR_MONTHS pseudo-months of it), widened by the baseline mean's own
 * error (× (1 + 1/points)), and never below the hard floor of a liaison mood
 * in the months under test (a whole-step, one-person measurement).
 */
function noiseBand(
  tested: SeriesPoint[],
  history: { variance: number; dof: number },
  points: number,
) {
  const kinds = tested.map(kindOf);
  const pulseKinds = tested.filter((p) => kindOf(p) !== "mood");
  const smallest = Math.min(
    ...pulseKinds.map((p) => (p.n && p.n > 0 ? p.n : UNKNOWN_N)),
    UNKNOWN_N,
  );
  const floor = pulseError(smallest, kinds.includes("pulse+mood"));
  const pooled =
    (PRIOR_MONTHS * floor * floor + history.dof * history.variance) / (PRIOR_MONTHS + history.dof);
  const hard = kinds.includes("mood")
    ? SIGMA_FLOOR_MOOD
    : kinds.includes("pulse+mood")
      ? SIGMA_FLOOR_MOOD_IN_PULSE
      : 0;
  return Math.max(Math.sqrt(pooled * (1 + 1 / points)), hard);
}

/**
 * Assesses the latest month of a department's series. Returns null when it
 * does not warn (or has too little history to say).
 *
 *   1. The months under test: the latest month with a value, and the month
 *      before it when that one has a value too.
 *   2. The baseline: the values of the BASELINE_MONTHS months before those,
 *      at least MIN_BASELINE_POINTS of them. Baseline = their mean.
 *   3. The noise band σ (noiseBand): the history's own spread around the
 *      baseline, pooled with the pulse's measurement error for the smaller
 *      group under test, widened by the baseline's error, and never below
 *      the hard floor of a liaison mood in the months under test.
 *   4. 显著 when the latest month is ≥ MIN_EFFECT and ≥ Z_ONE·σ below the
 *      baseline, or when the two months are each ≥ MIN_EFFECT below it and
 *      their mean drop is ≥ Z_TWO·σ/√2. 待观察 when the latest month alone is
 *      ≥ MIN_EFFECT and ≥ Z_WATCH·σ below it.
 */
export function assessWarning(
  series: SeriesPoint[],
  params: Partial<WarningParams> = {},
): Assessment | null {
  const p = { ...WARNING_PARAMS, ...params };
  const { minEffect, zWatch } = p;
  let i = series.length - 1;
  while (i >= 0 && series[i].index === null) i--;
  if (i < 0) return null;
  const latest = series[i];
  const prev = i > 0 && series[i - 1].index !== null ? series[i - 1] : null;
  const testStart = prev ? i - 1 : i;
  const window = series.slice(Math.max(0, testStart - BASELINE_MONTHS), testStart);
  const base = window.filter((p) => p.index !== null);
  if (base.length < MIN_BASELINE_POINTS) return null;
  const history = baselineOf(base);
  const { baseline } = history;
  const latestBase = baseline(latest);
  const tested = [latest, ...(prev ? [prev] : [])];
  const sigma = noiseBand(tested, history, base.length);
  // The pulse thresholds only when the caller says no mood is in the value.
  const pulseOnly = tested.every((t) => t.mood === false);
  const [zOne, zTwo] = pulseOnly ? [p.zOnePulse, p.zTwoPulse] : [p.zOne, p.zTwo];

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
