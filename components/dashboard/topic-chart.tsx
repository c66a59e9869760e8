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

export type TopicDatum = {
  name: string;
  recent: number;
  previous: number;
  recentHref: string | null;
  previousHref: string | null;
};

/**
 * Tag counts, recent against previous months; a bar opens the reports behind
 * it when the viewer may read them. Decorative for assistive tech: the page
 * pairs it with a table whose counts are the same links.
 */
export function TopicChart({
  data,
  recentLabel,
  previousLabel,
  height = 280,
}: {
  data: TopicDatum[];
  recentLabel: string;
  previousLabel: string;
  height?: number;
}) {
  const router = useRouter();
  const open = (href: string | null | undefined) => href && router.push(href);
  const pointer = data.some((d) => d.recentHref) ? { cursor: "pointer" } : undefined;
  return (
    <div aria-hidden className="w-full print:hidden" style={{ height }} data-chart="topics">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 4 }}>
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
    </div>
  );
}
