"use client";

import type { ComponentType, CSSProperties } from "react";

/**
 * A chart loaded after the page (next/dynamic with ssr: false), in a box of
 * the chart's own height: recharts stays out of the page's first-load JS, and
 * nothing moves when the chart arrives. The box takes no room in print, where
 * the charts that are print:hidden leave their tables.
 */
export function sized<P extends object>(Chart: ComponentType<P>, heightOf: (props: P) => number) {
  function SizedChart(props: P) {
    return (
      <div
        className="min-h-(--chart-h) print:min-h-0"
        style={{ "--chart-h": `${heightOf(props)}px` } as CSSProperties}
      >
        <Chart {...props} />
      </div>
    );
  }
  return SizedChart;
}
