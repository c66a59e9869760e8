"use client";

// Recharts leaves for pulse results. Decorative for assistive tech: the
// results page pairs every chart with a table of the same figures.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

const SCALE_COLOURS = ["#b91c1c", "#f97316", "#a3a3a3", "#65a30d", "#15803d"];
const SCALE_NAMES = ["很不同意", "不太同意", "一般", "比较同意", "很同意"];

/** Mean score per question, on the fixed 1–5 axis. */
export function MeansChart({
  data,
  height = 240,
}: {
  data: { label: string; mean: number | null }[];
  height?: number;
}) {
  return (
    <div aria-hidden className="w-full print:hidden" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data.map((d) => ({ label: d.label, value: d.mean ?? 0 }))}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} tick={{ fontSize: 12 }} width={28} />
          <Tooltip formatter={(v) => [Number(v).toFixed(2), "平均分"]} />
          <Bar dataKey="value" fill="#b91c1c" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** How many chose 1…5 for one question. */
export function DistributionChart({ counts, height = 160 }: { counts: number[]; height?: number }) {
  const data = counts.map((n, i) => ({ label: String(i + 1), name: SCALE_NAMES[i], value: n }));
  return (
    <div aria-hidden className="w-full print:hidden" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={28} />
          <Tooltip
            formatter={(v, _n, item) => [`${v} 人`, `${item.payload.label} ${item.payload.name}`]}
          />
          <Bar dataKey="value" radius={[3, 3, 0, 0]} isAnimationActive={false}>
            {data.map((d, i) => (
              <Cell key={d.label} fill={SCALE_COLOURS[i]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
