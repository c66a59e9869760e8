"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import type { ReportChart as Spec } from "@/lib/analysis-report/content";

const COLORS = ["#b91c1c", "#1f4e79", "#548235", "#7f6000"];

/** A chart of the report (line or bar, a few series). Decorative: the page shows its table beside it. */
export function ReportChart({ chart, height }: { chart: Spec; height?: number }) {
  height ??= chart.labels.length > 6 ? 300 : 240;
  const data = chart.labels.map((label, i) => ({
    label,
    ...Object.fromEntries(chart.series.map((s) => [s.name, s.values[i]])),
  }));
  const unit = chart.unit ?? "";
  const common = { data, margin: { top: 8, right: 12, bottom: 8, left: 0 } };
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      {/* Many categories (departments): slanted labels, so that none overlaps. */}
      {chart.labels.length > 6 ? (
        <XAxis
          dataKey="label"
          tick={{ fontSize: 10 }}
          interval={0}
          angle={-40}
          textAnchor="end"
          height={70}
        />
      ) : (
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
      )}
      <YAxis tick={{ fontSize: 11 }} width={36} />
      <Tooltip formatter={(v) => `${v}${unit}`} />
      {chart.series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
    </>
  );
  return (
    <figure aria-hidden className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {chart.kind === "line" ? (
          <LineChart accessibilityLayer={false} {...common}>
            {axes}
            {chart.series.map((s, i) => (
              <Line
                key={s.name}
                dataKey={s.name}
                stroke={COLORS[i % COLORS.length]}
                strokeWidth={2}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        ) : (
          <BarChart accessibilityLayer={false} {...common}>
            {axes}
            {chart.series.map((s, i) => (
              <Bar
                key={s.name}
                dataKey={s.name}
                fill={COLORS[i % COLORS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </figure>
  );
}
