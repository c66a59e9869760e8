"use client";

import {
  Bar,
  CartesianGrid,
  BarChart as RBarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type ChartDatum = { label: string; value: number };

/** A single-series bar chart. Decorative for assistive tech: pages pair it with a table. */
export function BarChart({
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
        <RBarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={36} />
          <Tooltip formatter={(v) => [`${v}${unit}`, "数量"]} />
          <Bar dataKey="value" fill="#b91c1c" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </RBarChart>
      </ResponsiveContainer>
    </div>
  );
}
