// The heatmap's colour bands for the 0–100 index, darkest at both ends, with
// text colours that keep WCAG AA contrast on each background.
export const INDEX_BANDS = [
  { min: 80, label: "80 及以上", className: "bg-green-700 text-white" },
  { min: 70, label: "70–79.9", className: "bg-green-200 text-green-950" },
  { min: 60, label: "60–69.9", className: "bg-yellow-100 text-yellow-950" },
  { min: 50, label: "50–59.9", className: "bg-orange-300 text-orange-950" },
  { min: -Infinity, label: "50 以下", className: "bg-red-700 text-white" },
] as const;

export const MASKED_CLASS =
  "bg-slate-200 text-slate-600 bg-[repeating-linear-gradient(135deg,transparent_0_4px,rgba(255,255,255,0.6)_4px_8px)]";

export function bandOf(index: number) {
  return INDEX_BANDS.find((b) => index >= b.min)!;
}
