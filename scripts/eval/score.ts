// Scores a warning rule on synthetic histories (scripts/eval/synthetic.ts):
// recall within one period of onset, false alarms per department-year and
// the median lead time, by drop size and department size. The new rule is
// the app's own assessWarning (lib/dashboard/warnings.ts); the old one is
// the rule it replaced: the latest month 8 points or more below the mean of
// the 6 months before it, on the old mood-only index.
import { assessWarning, type SeriesPoint, type WarningParams } from "../../lib/dashboard/warnings";
import type { SyntheticDepartment } from "./synthetic";

/**
 * new: 显著; watch: 显著 or 待观察; plain: 显著 on the index without the
 * stability judgement; blind: 显著 given the index alone (no n, no mood flag);
 * old: the old rule.
 */
export type Rule = "new" | "watch" | "plain" | "blind" | "old";
export const SIZE_BANDS = [
  { label: "5–9 人", min: 5, max: 9 },
  { label: "10–19 人", min: 10, max: 19 },
  { label: "20–40 人", min: 20, max: 40 },
] as const;

const monthKey = (t: number) =>
  `${2024 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`;

/**
 * The department's series as the app sees it at the close of month t (`old`:
 * without stability). `blind`: without n and without saying what a value is
 * made of, as a caller that knows only the index would pass it.
 */
export function seriesAt(
  d: SyntheticDepartment,
  t: number,
  old = false,
  blind = false,
): SeriesPoint[] {
  return d.months.slice(0, t + 1).map((m, i) => {
    const index = old
      ? i === t
        ? m.oldIndexAtClose
        : m.oldIndex
      : i === t
        ? m.indexAtClose
        : m.index;
    if (blind) return { month: monthKey(i), index };
    // A late report is not in the value at the close.
    const mood = m.mood && (i < t || m.indexAtClose === m.index);
    return { month: monthKey(i), index, n: m.n, mood: m.n ? mood : true };
  });
}

/** The old rule: latest ≤ mean of the 6 months before − 8, in tenths. */
export function oldRuleWarns(series: SeriesPoint[]): boolean {
  let i = series.length - 1;
  while (i >= 0 && series[i].index === null) i--;
  if (i < 0) return false;
  const values = series
    .slice(Math.max(0, i - 6), i)
    .flatMap((p) => (p.index === null ? [] : [p.index]));
  if (values.length === 0) return false;
  const baseline = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
  return Math.round(series[i].index! * 10) <= Math.round(baseline * 10) - 80;
}

function alarmAt(
  d: SyntheticDepartment,
  t: number,
  rule: Rule,
  params?: Partial<WarningParams>,
): boolean {
  if (rule === "old") return oldRuleWarns(seriesAt(d, t, true));
  const a = assessWarning(seriesAt(d, t, rule === "plain", rule === "blind"), params);
  // Only a warning about this month's close counts (not a stale one about an older month).
  if (!a || a.month !== monthKey(t)) return false;
  return rule === "watch" || a.level === "SIGNIFICANT";
}

export type Tally = { drops: number; hits: number; delays: number[] };
export type Score = {
  /** by `${dropSize}|${sizeBand}` */
  recall: Map<string, Tally>;
  /** by size band: false alarms and department-years watched outside drops */
  falseAlarms: Map<string, { alarms: number; years: number }>;
};

export const bandOf = (size: number) =>
  SIZE_BANDS.find((b) => size >= b.min && size <= b.max)!.label;

/**
 * Evaluates each month from `from` (the months before it are history) as of
 * its close. A drop is caught when an alarm comes at its onset month or the
 * month after; its lead time is the months from onset to the first alarm
 * within the drop (or the month after it). A false alarm is an alarm that
 * starts (not alarmed the month before) outside every drop and the month after.
 */
export function score(
  departments: SyntheticDepartment[],
  rule: Rule,
  params?: Partial<WarningParams>,
  from = 12,
): Score {
  const recall = new Map<string, Tally>();
  const falseAlarms = new Map<string, { alarms: number; years: number }>();
  for (const d of departments) {
    const T = d.months.length;
    const band = bandOf(d.size);
    const alarms = Array.from({ length: T }, (_, t) =>
      t >= from ? alarmAt(d, t, rule, params) : false,
    );
    const inDrop = (t: number) =>
      d.drop !== null && t >= d.drop.onset && t <= d.drop.onset + d.drop.duration;
    const fa = falseAlarms.get(band) ?? { alarms: 0, years: 0 };
    let watched = 0;
    for (let t = from; t < T; t++) {
      if (inDrop(t)) continue;
      watched++;
      if (alarms[t] && !alarms[t - 1]) fa.alarms++;
    }
    fa.years += watched / 12;
    falseAlarms.set(band, fa);
    if (d.drop) {
      const key = `${d.drop.size}|${band}`;
      const tally = recall.get(key) ?? { drops: 0, hits: 0, delays: [] };
      tally.drops++;
      const { onset, duration } = d.drop;
      if (alarms[onset] || (onset + 1 < T && alarms[onset + 1])) tally.hits++;
      for (let t = onset; t <= Math.min(T - 1, onset + duration); t++)
        if (alarms[t]) {
          tally.delays.push(t - onset);
          break;
        }
      recall.set(key, tally);
    }
  }
  return { recall, falseAlarms };
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Recall over the drops of at least `minSize` points (all department sizes, or one band). */
export function recallOf(s: Score, minSize: number, band?: string): number {
  let drops = 0,
    hits = 0;
  for (const [key, t] of s.recall) {
    const [size, b] = key.split("|");
    if (Number(size) < minSize || (band && b !== band)) continue;
    drops += t.drops;
    hits += t.hits;
  }
  return drops ? hits / drops : NaN;
}

/** False alarms per department-year (all sizes, or one band). */
export function falseAlarmRate(s: Score, band?: string): number {
  let alarms = 0,
    years = 0;
  for (const [b, f] of s.falseAlarms) {
    if (band && b !== band) continue;
    alarms += f.alarms;
    years += f.years;
  }
  return years ? alarms / years : NaN;
}
