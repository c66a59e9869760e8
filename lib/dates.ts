// Calendar years in Asia/Shanghai, the portal's one time zone. Plain and
// pure, so every domain (and the seed) can use the same rule.
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar year in Asia/Shanghai. */
export function shanghaiYear(d: Date = new Date()): number {
  return new Date(d.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/** [1 Jan, 1 Jan next year) of a calendar year in Asia/Shanghai. */
export function shanghaiYearRange(year: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS), lt: new Date(Date.UTC(year + 1, 0, 1) - SHANGHAI_OFFSET_MS) };
}
