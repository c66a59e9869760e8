"use client";

import dynamic from "next/dynamic";

import { Deferred } from "./deferred";

export type ChartDatum = { label: string; value: number };
export type SimpleChartProps = { data: ChartDatum[]; height?: number; unit?: string };

// recharts is loaded with the plot, when it is about to be seen (./deferred.tsx).
const BarPlot = dynamic(() => import("./simple-plots").then((m) => m.BarPlot), { ssr: false });

/** A single-series bar chart. Decorative for assistive tech: pages pair it with a table. */
export function BarChart({ data, height = 260, unit = "" }: SimpleChartProps) {
  return (
    <div aria-hidden className="w-full print:hidden">
      <Deferred height={height}>
        <BarPlot data={data} unit={unit} />
      </Deferred>
    </div>
  );
}
