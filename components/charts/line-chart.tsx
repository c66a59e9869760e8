"use client";

import dynamic from "next/dynamic";

import type { SimpleChartProps } from "./bar-chart";
import { Deferred } from "./deferred";

// recharts is loaded with the plot, when it is about to be seen (./deferred.tsx).
const LinePlot = dynamic(() => import("./simple-plots").then((m) => m.LinePlot), { ssr: false });

/** A single-series line chart over ordered labels (e.g. months). Pages pair it with a table. */
export function LineChart({ data, height = 260, unit = "" }: SimpleChartProps) {
  return (
    <div aria-hidden className="w-full print:hidden">
      <Deferred height={height}>
        <LinePlot data={data} unit={unit} />
      </Deferred>
    </div>
  );
}
