"use client";

import dynamic from "next/dynamic";

import { sized } from "@/components/charts/sized";

// recharts loads after the page (components/charts/sized.tsx), in each plot's height.
export const MeansChart = sized(
  dynamic(() => import("./charts-plot").then((m) => m.MeansChart), { ssr: false }),
  (p) => p.height ?? 240,
);
export const DistributionChart = sized(
  dynamic(() => import("./charts-plot").then((m) => m.DistributionChart), { ssr: false }),
  (p) => p.height ?? 160,
);
