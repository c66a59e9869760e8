"use client";

import dynamic from "next/dynamic";

import { sized } from "@/components/charts/sized";

// recharts loads after the page (components/charts/sized.tsx), in the plot's height.
export const ReportChart = sized(
  dynamic(() => import("./report-chart-plot").then((m) => m.ReportChart), { ssr: false }),
  (p) => p.height ?? (p.chart.labels.length > 6 ? 300 : 240),
);
