"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * Monthly hours as bars. Month labels thin out on narrow screens instead of
 * overlapping. Decorative for assistive technology: paired with a table.
 */
export function HoursBars({ data }: { data: { label: string; value: number }[] }) {
  return (
    <div aria-hidden className="h-56 w-full print:hidden">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis
            dataKey="label"
            tick={{ fontSize: 11 }}
            interval="preserveStartEnd"
            minTickGap={8}
          />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={32} />
          <Tooltip formatter={(v) => [`${v} 小时`, "学习时长"]} />
          <Bar dataKey="value" fill="#b91c1c" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
