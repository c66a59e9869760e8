"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type GradeDatum = { grade: string; label: string; count: number };

/** The grades' fixed colours (as GRADE_TONES): 优秀 green, 称职 blue, 基本称职 amber, 不称职 red. */
export const GRADE_COLOURS: Record<string, string> = {
  EXCELLENT: "#15803d",
  COMPETENT: "#1d4ed8",
  BASIC: "#b45309",
  INCOMPETENT: "#b91c1c",
};
const CAP_COLOUR = "#0f172a";

/** Round ticks for the count axis, its top a little above the highest bar or the cap. */
function axisTicks(n: number): number[] {
  const raw = Math.max(4, Math.ceil(n * 1.15));
  const step = raw <= 10 ? 2 : raw <= 40 ? 5 : raw <= 100 ? 20 : raw <= 400 ? 50 : 100;
  const top = Math.ceil(raw / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

/**
 * People by grade, with a dark bar across the 优秀 column at the most the
 * target allows (`cap`), named under the axis. Decorative for assistive
 * technology: the page pairs it with a table.
 */
export function GradeChart({
  data,
  cap,
  capLabel,
  height = 230,
}: {
  data: GradeDatum[];
  cap: number;
  capLabel: string;
  height?: number;
}) {
  const ticks = axisTicks(Math.max(cap, ...data.map((d) => d.count)));
  const top = ticks[ticks.length - 1];
  const excellent = data.find((d) => d.grade === "EXCELLENT")?.label;
  const tick = ({
    x,
    y,
    payload,
  }: {
    x?: number | string;
    y?: number | string;
    payload?: { value?: string };
  }) => (
    <text x={x} y={y} textAnchor="middle" fill="#334155" fontSize={12}>
      <tspan x={x} dy={14}>
        {payload?.value}
      </tspan>
      {payload?.value === excellent ? (
        <tspan x={x} dy={15} fontSize={11} fill="#475569">
          {capLabel}
        </tspan>
      ) : null}
    </text>
  );
  return (
    <div aria-hidden className="w-full print:hidden" style={{ height }} data-chart="grades">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 20, right: 8, bottom: 4, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={tick} interval={0} height={40} />
          <YAxis
            allowDecimals={false}
            domain={[0, top]}
            ticks={ticks}
            tick={{ fontSize: 12 }}
            width={36}
          />
          <Tooltip formatter={(v) => [`${v} 人`, "人数"]} />
          <Bar dataKey="count" radius={[3, 3, 0, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.grade} fill={GRADE_COLOURS[d.grade] ?? "#64748b"} />
            ))}
            <LabelList dataKey="count" position="top" fontSize={12} fill="#334155" />
          </Bar>
          {excellent ? (
            <ReferenceArea
              x1={excellent}
              x2={excellent}
              y1={cap}
              y2={cap + top / 80}
              fill={CAP_COLOUR}
              fillOpacity={1}
              stroke="none"
              ifOverflow="extendDomain"
              zIndex={350}
              data-cap
            />
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
