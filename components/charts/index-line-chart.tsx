"use client";

import dynamic from "next/dynamic";

import { Deferred } from "./deferred";
import type { IndexLineChartProps } from "./index-line-data";

export {
  indexRows,
  type ExtraSeries,
  type IndexLineChartProps,
  type IndexMonth,
} from "./index-line-data";

// recharts is loaded with the plot, when it is about to be seen (./deferred.tsx).
const IndexLinePlot = dynamic(() => import("./index-line-plot").then((m) => m.IndexLinePlot), {
  ssr: false,
});

/**
 * An index (0–100) by month: complete months solid, months in progress dashed
 * with hollow points; optional 改革节点 shading, extra series, a right axis and
 * a legend. Decorative for assistive tech: each page pairs it with a table.
 */
export function IndexLineChart(props: IndexLineChartProps) {
  const { chart, legend, height = 280 } = props;
  return (
    <div aria-hidden className="w-full print:hidden" data-chart={chart}>
      {legend ? (
        <ul className="mb-1 flex flex-wrap gap-4 text-xs text-slate-600">
          {legend.map((l) => (
            <li key={l.label}>
              <span
                className="mr-1 inline-block h-0.5 w-4 align-middle"
                style={{ backgroundColor: l.color }}
              />
              {l.label}
            </li>
          ))}
        </ul>
      ) : null}
      <Deferred height={height}>
        <IndexLinePlot {...props} />
      </Deferred>
    </div>
  );
}
