// Study figures as text. Points are kept in hundredths and hours and rule
// values in tenths (lib/study/points/rules.ts), so sums stay exact; these
// turn them into what the pages show. Shared by the log, points, rankings and
// 我的学习.

/** Hundredths of a point as text: 1250 → "12.5", -100 → "-1", 75 → "0.75". */
export function formatPoints(hundredths: number): string {
  return String(Math.round(hundredths) / 100);
}

/** Tenths as text: 15 → "1.5", 20 → "2". Used for hours and for rule values. */
export function formatTenths(tenths: number): string {
  return String(Math.round(tenths) / 10);
}
