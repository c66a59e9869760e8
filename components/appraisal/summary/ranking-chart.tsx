"use client";

import dynamic from "next/dynamic";

import { sized } from "@/components/charts/sized";

// recharts loads after the page (components/charts/sized.tsx), in the plot's height.
export const RankingChart = sized(
  dynamic(() => import("./ranking-chart-plot").then((m) => m.RankingChart), { ssr: false }),
  (p) => 48 + p.data.length * 30,
);
