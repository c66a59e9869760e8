"use client";

import {
  CartesianGrid,
  Line,
  ResponsiveContainer,
  LineChart as RLineChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import type { ChartDatum } from "./bar-chart";

/** A single-series line chart over ordered labels (e.g. months). Pages pair it with a table. */
export function LineChart({
  data,
  height = 260,
  unit = "",
}: {
  data: ChartDatum[];
  height?: number;
  unit?: string;
}) {
  return (
    <div aria-hidden className="w-full print:hidden" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <RLineChart data={data} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
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
    </div>
  );
}
