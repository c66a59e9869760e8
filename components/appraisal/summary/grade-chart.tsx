"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type GradeDatum = { grade: string; label: string; count: number; cap: number | null };

/** The grades' fixed colours (as GRADE_TONES): 优秀 green, 称职 blue, 基本称职 amber, 不称职 red. */
export const GRADE_COLOURS: Record<string, string> = {
  EXCELLENT: "#15803d",
  COMPETENT: "#1d4ed8",
  BASIC: "#b45309",
  INCOMPETENT: "#b91c1c",
};
export const CAP_COLOUR = "#cbd5e1";

/**
 * People by grade, with a grey bar beside 优秀 for the most the target allows.
 * Decorative for assistive technology: the page pairs it with a table.
 */
export function GradeChart({ data, height = 220 }: { data: GradeDatum[]; height?: number }) {
  return (
    <div aria-hidden className="w-full print:hidden" style={{ height }} data-chart="grades">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 20, right: 8, bottom: 4, left: 0 }} barGap={2}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#334155" }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={32} />
          <Tooltip formatter={(v, name) => [`${v} 人`, name === "cap" ? "目标上限" : "人数"]} />
          <Bar dataKey="count" name="count" radius={[3, 3, 0, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.grade} fill={GRADE_COLOURS[d.grade] ?? "#64748b"} />
            ))}
            <LabelList dataKey="count" position="top" fontSize={12} fill="#334155" />
          </Bar>
          <Bar
            dataKey="cap"
            name="cap"
            fill={CAP_COLOUR}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="cap"
              position="top"
              fontSize={11}
              fill="#64748b"
              formatter={(v: unknown) => (typeof v === "number" ? `≤${v}` : "")}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
