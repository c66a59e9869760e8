// The data shape of IndexLineChart and how its rows are built, shared by the
// chart (./index-line-chart.tsx) and its lazily loaded plot
// (./index-line-plot.tsx) without either importing the other.

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

type Row = Record<string, number | string | null>;

/**
 * Complete months on the solid `index` line; months still 进行中 on the dashed
 * `pending` line, joined to the last complete month before them, but only when
 * the month in progress has a value (a lone point would look pending).
 */
export function indexRows(data: IndexMonth[]): Row[] {
  return data.map((m, i) => {
    const next = data[i + 1];
    const joins = m.complete && next !== undefined && !next.complete && next.value !== null;
    return {
      ...m.extra,
      month: m.month,
      label: m.label,
      index: m.complete ? m.value : null,
      pending: !m.complete || joins ? m.value : null,
      coverage: m.complete ? null : m.coverage,
    };
  });
}

export type IndexLineChartProps = {
  data: IndexMonth[];
  /** The index's name in the tooltip (思想状况指数, 本部门指数). */
  name: string;
  /** The wrapper's data-chart, which tests find it by. */
  chart: string;
  height?: number;
  series?: ExtraSeries[];
  rightAxis?: { domain: [number, number]; ticks: number[] };
  legend?: { color: string; label: string }[];
  milestones?: { from: string; to: string; label: string }[];
};
