"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

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

const RED = "#b91c1c";

/**
 * An index (0–100) by month: complete months solid, months in progress dashed
 * with hollow points; optional 改革节点 shading, extra series, a right axis and
 * a legend. Decorative for assistive tech: each page pairs it with a table.
 */
export function IndexLineChart({
  data,
  name,
  chart,
  height = 280,
  series = [],
  rightAxis,
  legend,
  milestones,
}: {
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
}) {
  const rows = indexRows(data);
  const labelOf = new Map(data.map((d) => [d.month, d.label]));
  const names: Record<string, string> = { index: name, pending: name };
  for (const s of series) names[s.key] = s.name;
  // Room above for the 改革节点 labels; less on the right where a right axis stands.
  const margin = { top: milestones ? 20 : 12, right: rightAxis ? 4 : 12, bottom: 4, left: 0 };
  return (
    <div aria-hidden className="w-full print:hidden" data-chart={chart}>
      {legend ? (
        <ul className="mb-1 flex flex-wrap gap-4 text-xs text-slate-600">
          {legend.map((l) => (
            <li key={l.label}>
              <span
                className="mr-1 inline-block h-0.5 w-4 align-middle"
                style={{ backgroundColor: l.color }}
              />
              {l.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={margin}>
            {/* Lines at the index's ticks; with a right axis, only the frame (two scales' ticks do not meet). */}
            <CartesianGrid
              strokeDasharray="3 3"
              stroke="#e2e8f0"
              yAxisId={rightAxis ? undefined : "index"}
            />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={8} />
            <YAxis
              yAxisId="index"
              domain={[0, 100]}
              ticks={[0, 20, 40, 60, 80, 100]}
              tick={{ fontSize: 12 }}
              width={32}
            />
            {rightAxis ? (
              <YAxis
                yAxisId="right"
                orientation="right"
                domain={rightAxis.domain}
                ticks={rightAxis.ticks}
                tick={{ fontSize: 12 }}
                width={24}
              />
            ) : null}
            {(milestones ?? []).map((m, i) => (
              <ReferenceArea
                key={`${m.from}-${m.to}-${i}`}
                yAxisId="index"
                x1={labelOf.get(m.from)}
                x2={labelOf.get(m.to)}
                fill="#fde68a"
                fillOpacity={0.45}
                stroke="#f59e0b"
                strokeOpacity={0.4}
                label={{ value: m.label, position: "insideTop", fontSize: 11, fill: "#92400e" }}
              />
            ))}
            <Tooltip
              formatter={(v, key, item) =>
                key === "pending" && item.payload.coverage
                  ? [`${v}（进行中，${item.payload.coverage}）`, name]
                  : [v, names[String(key)] ?? key]
              }
            />
            {series.map((s) => (
              <Line
                key={s.key}
                yAxisId={s.right ? "right" : "index"}
                type="monotone"
                dataKey={s.key}
                stroke={s.color}
                strokeWidth={s.width}
                dot={s.dot === false ? false : { r: s.dot }}
                connectNulls={s.connectNulls ?? false}
                isAnimationActive={false}
              />
            ))}
            <Line
              yAxisId="index"
              type="monotone"
              dataKey="index"
              stroke={RED}
              strokeWidth={2}
              dot={{ r: 2.5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="index"
              type="monotone"
              dataKey="pending"
              stroke={RED}
              strokeWidth={1.5}
              strokeDasharray="5 4"
              // Hollow points on the months in progress only, not on the complete month they join.
              dot={(props: { cx?: number; cy?: number; index?: number; payload?: Row }) =>
                props.payload?.coverage && props.cx !== undefined && props.cy !== undefined ? (
                  <circle
                    key={props.index}
                    cx={props.cx}
                    cy={props.cy}
                    r={3.5}
                    fill="#fff"
                    stroke={RED}
                    strokeWidth={1.5}
                    data-pending
                  />
                ) : (
                  <g key={props.index} />
                )
              }
              connectNulls={false}
              isAnimationActive={false}
              data-series="pending"
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
