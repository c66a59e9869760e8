"use client";

import {
  Bar,
  CartesianGrid,
  Line,
  BarChart as RBarChart,
  ResponsiveContainer,
  LineChart as RLineChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import type { SimpleChartProps } from "./bar-chart";

/** BarChart's recharts plot, loaded when it is about to be seen. */
export function BarPlot({ data, unit = "" }: SimpleChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RBarChart
        data={data}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={36} />
        <Tooltip formatter={(v) => [`${v}${unit}`, "数量"]} />
        <Bar dataKey="value" fill="#b91c1c" radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </RBarChart>
    </ResponsiveContainer>
  );
}

/** LineChart's recharts plot, loaded when it is about to be seen. */
export function LinePlot({ data, unit = "" }: SimpleChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RLineChart
        data={data}
        margin={{ top: 8, right: 12, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={36} />
        <Tooltip formatter={(v) => [`${v}${unit}`, "数量"]} />
        <Line
          type="monotone"
          dataKey="value"
          stroke="#b91c1c"
          strokeWidth={2}
          dot={{ r: 2 }}
          isAnimationActive={false}
        />
      </RLineChart>
    </ResponsiveContainer>
  );
}
