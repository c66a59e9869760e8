"use client";

import dynamic from "next/dynamic";

import { sized } from "@/components/charts/sized";

// recharts loads after the page (components/charts/sized.tsx), in the plot's height.
export const RankingBars = sized(
  dynamic(() => import("./rankings-chart-plot").then((m) => m.RankingBars), { ssr: false }),
  (p) => 40 + p.data.length * 28,
);
