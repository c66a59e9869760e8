"use client";

import dynamic from "next/dynamic";

import { sized } from "@/components/charts/sized";

// recharts loads after the page (components/charts/sized.tsx), in the plot's height.
export const GradeChart = sized(
  dynamic(() => import("./grade-chart-plot").then((m) => m.GradeChart), { ssr: false }),
  (p) => p.height ?? 230,
);
