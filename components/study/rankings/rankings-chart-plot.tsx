"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * Horizontal bars, one per name, so that long department names and many
 * people stay readable on a phone. Decorative for assistive technology: the
 * page pairs it with a table of the same figures.
 */
export function RankingBars({
  data,
  unit,
  label,
}: {
  data: { name: string; value: number }[];
  unit: string;
  label: string;
}) {
  const height = 40 + data.length * 28;
  return (
    <div aria-hidden className="w-full print:hidden" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={108} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(v) => [`${v}${unit}`, label]} />
          <Bar dataKey="value" fill="#b91c1c" radius={[0, 3, 3, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
