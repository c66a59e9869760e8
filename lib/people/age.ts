// Age layers (老 ≥ 50, 中 35–49, 青 < 35), with age taken as the current
// year minus the birth year: talk campaigns target them, pulse results and
// the dashboard break figures down by them. Pure, so the rule is unit-tested.
export const AGE_LAYERS = ["OLD", "MIDDLE", "YOUNG"] as const;
export type AgeLayer = (typeof AGE_LAYERS)[number];
export const AGE_LAYER_LABELS: Record<AgeLayer, string> = {
  OLD: "老（50岁及以上）",
  MIDDLE: "中（35–49岁）",
  YOUNG: "青（35岁以下）",
};

export function ageLayerOf(birthYear: number, year: number): AgeLayer {
  const age = year - birthYear;
  if (age >= 50) return "OLD";
  if (age >= 35) return "MIDDLE";
  return "YOUNG";
}

/** The birth years (both ends included) that fall in a layer in a given year. */
export function birthYearRange(layer: AgeLayer, year: number): { gte?: number; lte?: number } {
  if (layer === "OLD") return { lte: year - 50 };
  if (layer === "MIDDLE") return { gte: year - 49, lte: year - 35 };
  return { gte: year - 34 };
}
