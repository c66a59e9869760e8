"use client";

import dynamic from "next/dynamic";

import { Deferred } from "@/components/charts/deferred";

export type TopicDatum = {
  name: string;
  recent: number;
  previous: number;
  recentHref: string | null;
  previousHref: string | null;
};

export type TopicChartProps = {
  data: TopicDatum[];
  recentLabel: string;
  previousLabel: string;
  height?: number;
};

// recharts is loaded with the plot, when it is about to be seen (charts/deferred.tsx).
const TopicPlot = dynamic(() => import("./topic-plot").then((m) => m.TopicPlot), { ssr: false });

/**
 * Tag counts, recent against previous months; a bar opens the reports behind
 * it when the viewer may read them. Decorative for assistive tech: the page
 * pairs it with a table whose counts are the same links.
 */
export function TopicChart(props: TopicChartProps) {
  return (
    <div aria-hidden className="w-full print:hidden" data-chart="topics">
      <Deferred height={props.height ?? 280}>
        <TopicPlot {...props} />
      </Deferred>
    </div>
  );
}
