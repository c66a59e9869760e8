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

/** `index` on complete months; `pending` on months still 进行中 (and the complete month before them). */
export type IndexPoint = {
  month: string;
  label: string;
  index: number | null;
  pending: number | null;
  coverage: string | null;
};

/** The 院 index by month, with 改革节点 shaded. Decorative for assistive tech: the page pairs it with a table. */
export function IndexChart({
  data,
  milestones,
  height = 280,
}: {
  data: IndexPoint[];
  milestones: { from: string; to: string; label: string }[];
  height?: number;
}) {
  const labelOf = new Map(data.map((d) => [d.month, d.label]));
  return (
    <div aria-hidden className="w-full print:hidden" style={{ height }} data-chart="index">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 20, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={8} />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            tick={{ fontSize: 12 }}
            width={32}
          />
          {milestones.map((m, i) => (
            <ReferenceArea
              key={`${m.from}-${m.to}-${i}`}
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
            formatter={(v, name, item) =>
              name === "pending" && item.payload.coverage
                ? [`${v}（进行中，${item.payload.coverage}）`, "思想状况指数"]
                : [v, "思想状况指数"]
            }
          />
          <Line
            type="monotone"
            dataKey="index"
            stroke="#b91c1c"
            strokeWidth={2}
            dot={{ r: 2.5 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="pending"
            stroke="#b91c1c"
            strokeWidth={1.5}
            strokeDasharray="5 4"
            // Hollow points on the months in progress only, not on the complete month they join.
            dot={(props: { cx?: number; cy?: number; index?: number; payload?: IndexPoint }) =>
              props.payload?.coverage && props.cx !== undefined && props.cy !== undefined ? (
                <circle
                  key={props.index}
                  cx={props.cx}
                  cy={props.cy}
                  r={3.5}
                  fill="#fff"
                  stroke="#b91c1c"
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
  );
}
