"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type RankingDatum = { name: string; total: number | null };

/**
 * Department totals as horizontal bars, best first, each labelled with its
 * total. The axis starts at 0 so that bar lengths compare honestly.
 * Decorative for assistive technology: the page pairs it with a table.
 */
export function RankingChart({ data }: { data: RankingDatum[] }) {
  const longest = Math.max(2, ...data.map((d) => d.name.length));
  const height = 48 + data.length * 30;
  return (
    <div aria-hidden className="w-full print:hidden" style={{ height }} data-chart="dept-ranking">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={Math.min(150, 13 * longest + 12)}
            tick={{ fontSize: 12, fill: "#334155" }}
            interval={0}
          />
          <Tooltip formatter={(v) => [typeof v === "number" ? v.toFixed(2) : "—", "部门总分"]} />
          <Bar
            dataKey="total"
            fill="#b91c1c"
            radius={[0, 3, 3, 0]}
            barSize={18}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="total"
              position="right"
              fontSize={12}
              fill="#334155"
              formatter={(v: unknown) => (typeof v === "number" ? v.toFixed(2) : "")}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
