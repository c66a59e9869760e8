"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

/**
 * One month of the department's trend: `mood` is its own report's mood (1–5);
 * `index` the department's index on complete months and `pending` on months
 * still 进行中 (and the complete month before them); `overall` the 院 index.
 */
export type MoodPoint = {
  label: string;
  mood: number | null;
  index: number | null;
  pending: number | null;
  overall: number | null;
  coverage: string | null;
};

const NAMES: Record<string, string> = {
  mood: "报告情绪（1–5）",
  index: "本部门指数",
  pending: "本部门指数",
  overall: "全院指数",
};

/** Decorative for assistive tech: the section pairs it with a table. */
export function MoodChart({ data }: { data: MoodPoint[] }) {
  return (
    <div aria-hidden className="w-full print:hidden" data-chart="department-mood">
      <ul className="mb-1 flex flex-wrap gap-4 text-xs text-slate-600">
        <li>
          <span className="mr-1 inline-block h-0.5 w-4 bg-[#2563eb] align-middle" />
          报告情绪（右轴 1–5）
        </li>
        <li>
          <span className="mr-1 inline-block h-0.5 w-4 bg-[#b91c1c] align-middle" />
          本部门指数（左轴）
        </li>
        <li>
          <span className="mr-1 inline-block h-0.5 w-4 bg-[#94a3b8] align-middle" />
          全院指数
        </li>
      </ul>
      <div className="h-72">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 12, right: 4, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={8} />
            <YAxis
              yAxisId="index"
              domain={[0, 100]}
              ticks={[0, 20, 40, 60, 80, 100]}
              tick={{ fontSize: 12 }}
              width={32}
            />
            <YAxis
              yAxisId="mood"
              orientation="right"
              domain={[1, 5]}
              ticks={[1, 2, 3, 4, 5]}
              tick={{ fontSize: 12 }}
              width={24}
            />
            <Tooltip
              formatter={(v, name, item) =>
                name === "pending" && item.payload.coverage
                  ? [`${v}（进行中，${item.payload.coverage}）`, NAMES.pending]
                  : [v, NAMES[String(name)] ?? name]
              }
            />
            <Line
              yAxisId="mood"
              type="monotone"
              dataKey="mood"
              stroke="#2563eb"
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              yAxisId="index"
              type="monotone"
              dataKey="overall"
              stroke="#94a3b8"
              strokeWidth={1.5}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="index"
              type="monotone"
              dataKey="index"
              stroke="#b91c1c"
              strokeWidth={2}
              dot={{ r: 2.5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="index"
              type="monotone"
              dataKey="pending"
              stroke="#b91c1c"
              strokeWidth={1.5}
              strokeDasharray="5 4"
              // Hollow points on the months in progress only, not on the complete month they join.
              dot={(props: { cx?: number; cy?: number; index?: number; payload?: MoodPoint }) =>
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
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
