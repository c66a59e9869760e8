"use client";

import dynamic from "next/dynamic";

import { sized } from "@/components/charts/sized";

// recharts loads after the page (components/charts/sized.tsx); h-56 is 224 px.
export const HoursBars = sized(
  dynamic(() => import("./mine-hours-bars-plot").then((m) => m.HoursBars), { ssr: false }),
  () => 224,
);
