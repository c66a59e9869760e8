// The geometry of IndexLineChart (./index-line-chart.tsx), pure: which months
// each line joins, where points, bands and labels go, and which month labels
// fit at which width. Positions are percentages of the plot box, so one
// server-rendered SVG (no viewBox) stretches to any width while its text,
// points and strokes keep their size; the one thing that depends on the width
// is how many labels fit, which CSS container queries pick from the tiers
// computed here (no JavaScript in the browser).
import { monthLabel } from "@/lib/dates";

/** One month of an index line; `extra` holds the values of the chart's other series. */
export type IndexMonth = {
  month: string;
  label: string;
  value: number | null;
  complete: boolean;
  /** What a month in progress has so far (已报 3/8 个部门); ignored on complete months. */
  coverage: string | null;
  extra?: Record<string, number | null>;
};

/** A series drawn under the index line: on the index's 0–100 axis, or on the right axis. */
export type ExtraSeries = {
  key: string;
  name: string;
  color: string;
  width: number;
  dot: number | false;
  connectNulls?: boolean;
  right?: boolean;
};

export type Milestone = { from: string; to: string; label: string };

export type IndexLineChartProps = {
  data: IndexMonth[];
  /** The index's name in the tooltips and the default legend (思想状况指数, 本部门指数). */
  name: string;
  /** The wrapper's data-chart, which tests find it by. */
  chart: string;
  height?: number;
  series?: ExtraSeries[];
  rightAxis?: { domain: [number, number]; ticks: number[] };
  legend?: { color: string; label: string }[];
  milestones?: Milestone[];
};

export type Segment = { from: number; to: number; y1: number; y2: number };

export const INDEX_DOMAIN: [number, number] = [0, 100];

/** From lo to hi in steps of `step` (lo and hi included when the step meets them). */
export function ticks(lo: number, hi: number, step: number): number[] {
  if (!(step > 0) || hi < lo) return [];
  const out: number[] = [];
  for (let k = 0; lo + k * step <= hi + step / 1e6; k++) out.push(round(lo + k * step));
  return out;
}

/** The centre of month i of n, in % of the plot's width: months are equal slots. */
export const xAt = (i: number, n: number) => round(((i + 0.5) / n) * 100);

/** Value v on [lo, hi], in % of the plot's height from its top. */
export const yAt = (v: number, [lo, hi]: [number, number]) => round(((hi - v) / (hi - lo)) * 100);

/** A percentage as an SVG length. */
export const pct = (p: number) => `${p}%`;

/**
 * The line through `values` as straight segments between neighbouring months
 * (i → to). A missing month breaks the line; with connectNulls the line
 * bridges it, as the department's mood (reports in some months only) does.
 */
export function lineSegments(values: (number | null)[], connectNulls = false): [number, number][] {
  const out: [number, number][] = [];
  let last = -1;
  values.forEach((v, i) => {
    if (v === null) {
      if (!connectNulls) last = -1;
      return;
    }
    if (last >= 0) out.push([last, i]);
    last = i;
  });
  return out;
}

/** Segments placed on a scale: x in % of the width (month centres), y in % of the height. */
export function placeSegments(
  values: (number | null)[],
  domain: [number, number],
  connectNulls = false,
): Segment[] {
  const n = values.length;
  return lineSegments(values, connectNulls).map(([a, b]) => ({
    from: xAt(a, n),
    to: xAt(b, n),
    y1: yAt(values[a]!, domain),
    y2: yAt(values[b]!, domain),
  }));
}

/**
 * Complete months on the solid line; months still 进行中 on the dashed one,
 * joined to the last complete month before them, but only when the month in
 * progress has a value (a lone joined point would look pending). `hollow`: the
 * months in progress with a value, drawn as hollow points.
 */
export function indexLines(data: IndexMonth[]) {
  const solid = data.map((m) => (m.complete ? m.value : null));
  const dashed = data.map((m, i) => {
    const next = data[i + 1];
    const joins = m.complete && next !== undefined && !next.complete && next.value !== null;
    return !m.complete || joins ? m.value : null;
  });
  const hollow = data.flatMap((m, i) => (!m.complete && m.value !== null ? [i] : []));
  return { solid, dashed, hollow };
}

/** Months a…b's slots of n, in % of the plot's width: a band from the first's left edge to the last's right edge. */
export function slots(a: number, b: number, n: number): { x: number; width: number } {
  return { x: round((a / n) * 100), width: round(((b - a + 1) / n) * 100) };
}

/** A milestone's band (its months' slots), or null when its months are not on the chart. */
export function milestoneBand(m: Milestone, months: string[]): { x: number; width: number } | null {
  const a = months.indexOf(m.from);
  const b = months.indexOf(m.to);
  return a < 0 || b < a ? null : slots(a, b, months.length);
}

/** A rough width of text in px: CJK and full-width forms one em, the rest about half. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 1 : ch === " " ? 0.3 : 0.58;
  return w * size;
}

/**
 * Where each band's label sits above the plot: from the band's left edge, or
 * ending at its right edge when it would run past the plot, on the first row
 * where it meets no other label. Laid out at the narrowest plot width; wider
 * plots only move the labels apart.
 */
export function milestoneLabels(
  bands: { x: number; width: number; label: string }[],
  plotWidth: number,
  size: number,
): { anchor: "start" | "end"; row: number }[] {
  const rows: [number, number][][] = [];
  return bands.map((b) => {
    const w = textWidth(b.label, size);
    const left = (b.x / 100) * plotWidth;
    const right = ((b.x + b.width) / 100) * plotWidth;
    const anchor = left + 2 + w > plotWidth && right - 2 - w >= 0 ? "end" : "start";
    const span: [number, number] =
      anchor === "start" ? [left, left + 2 + w] : [right - 2 - w, right];
    let row = rows.findIndex((r) => r.every(([a, z]) => span[1] + 6 <= a || z + 6 <= span[0]));
    if (row < 0) row = rows.push([]) - 1;
    rows[row].push(span);
    return { anchor, row };
  });
}

/**
 * Which month labels show at each width tier (the plot's narrowest width in
 * that tier, px): every k-th month, counted back from the latest so that it
 * always has its label, with k the smallest step that leaves `gap` px per label.
 */
export function labelTiers(n: number, plotWidths: number[], gap: number): boolean[][] {
  const steps = plotWidths.map((w) => Math.max(1, Math.ceil(gap / (w / Math.max(1, n)))));
  return Array.from({ length: n }, (_, i) => steps.map((k) => (n - 1 - i) % k === 0));
}

/** One month's tooltip: every series' value, the coverage of a month in progress, its milestones. */
export function monthTitle(
  m: IndexMonth,
  name: string,
  series: ExtraSeries[],
  milestones: Milestone[],
): string {
  const parts = [monthLabel(m.month)];
  const index = m.value === null ? "—" : String(m.value);
  parts.push(
    `${name} ${index}${m.complete ? "" : `（进行中${m.coverage ? `，${m.coverage}` : ""}）`}`,
  );
  for (const s of series) {
    const v = m.extra?.[s.key];
    if (v !== undefined && v !== null) parts.push(`${s.name} ${v}`);
  }
  for (const ms of milestones)
    if (ms.from <= m.month && m.month <= ms.to) parts.push(`改革节点：${ms.label}`);
  return parts.join("\n");
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
