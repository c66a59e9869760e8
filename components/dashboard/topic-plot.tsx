"use client";

import { useRouter } from "next/navigation";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import type { TopicChartProps, TopicDatum } from "./topic-chart";

/** TopicChart's recharts plot, loaded when it is about to be seen. */
export function TopicPlot({ data, recentLabel, previousLabel }: TopicChartProps) {
  const router = useRouter();
  const open = (href: string | null | undefined) => href && router.push(href);
  const pointer = data.some((d) => d.recentHref) ? { cursor: "pointer" } : undefined;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="name" tick={{ fontSize: 12 }} width={72} interval={0} />
        <Tooltip formatter={(v) => `${v} 次`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar
          dataKey="recent"
          name={recentLabel}
          fill="#b91c1c"
          radius={[0, 3, 3, 0]}
          isAnimationActive={false}
          style={pointer}
          onClick={(e) => open((e.payload as TopicDatum | undefined)?.recentHref)}
        />
        <Bar
          dataKey="previous"
          name={previousLabel}
          fill="#94a3b8"
          radius={[0, 3, 3, 0]}
          isAnimationActive={false}
          style={pointer}
          onClick={(e) => open((e.payload as TopicDatum | undefined)?.previousHref)}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
