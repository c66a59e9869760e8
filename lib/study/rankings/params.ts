// The year in a rankings URL: absent → the current year, "all" → all time,
// a year with data → that year; anything else falls back to the current year.
export function parseRankingYear(
  raw: string | undefined,
  years: number[],
  current: number,
): number | null {
  if (raw === "all") return null;
  const y = Number(raw);
  return Number.isInteger(y) && years.includes(y) ? y : current;
}
