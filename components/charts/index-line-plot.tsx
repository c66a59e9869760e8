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

import { indexRows, type IndexLineChartProps } from "./index-line-data";

type Row = ReturnType<typeof indexRows>[number];

const RED = "#b91c1c";

/** IndexLineChart's recharts plot, loaded when it is about to be seen. */
export function IndexLinePlot({
  data,
  name,
  series = [],
  rightAxis,
  milestones,
}: IndexLineChartProps) {
  const rows = indexRows(data);
  const labelOf = new Map(data.map((d) => [d.month, d.label]));
  const names: Record<string, string> = { index: name, pending: name };
  for (const s of series) names[s.key] = s.name;
  // Room above for the 改革节点 labels; less on the right where a right axis stands.
  const margin = { top: milestones ? 20 : 12, right: rightAxis ? 4 : 12, bottom: 4, left: 0 };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={margin} accessibilityLayer={false}>
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
  );
}
