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

// The portal's sane calendar range (issue 11): nothing it records happened
// before 2000 or is planned after 2100. Dates in a person's own history (入职
// 日期, a 重大事项 that happened long ago) go back to PERSON_DATE_MIN. Plain
// strings, compared as strings (YYYY-MM-DD and YYYY-MM sort by date), so
// client components can put them on <input min max> without pulling in zod.
export const DATE_MIN = "2000-01-01";
export const DATE_MAX = "2100-12-31";
export const PERSON_DATE_MIN = "1950-01-01";
export const MONTH_MIN = "2000-01";
export const MONTH_MAX = "2100-12";

/** The default min/max of an <input> by its type (components/ui/field.tsx). */
export const INPUT_DATE_BOUNDS: Readonly<Record<string, { min: string; max: string }>> = {
  date: { min: DATE_MIN, max: DATE_MAX },
  month: { min: MONTH_MIN, max: MONTH_MAX },
  "datetime-local": { min: `${DATE_MIN}T00:00`, max: `${DATE_MAX}T23:59` },
};
