// Calendar arithmetic in Asia/Shanghai, the portal's one time zone: days,
// months and years, and the "YYYY-MM-DD" / "YYYY-MM" keys the forms and the
// dashboards use. Every domain (and the seed) uses these; nothing else adds
// or subtracts the eight hours. Plain and pure (China has had no daylight
// saving time since 1991, so the offset is fixed).
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** The zone designator of Shanghai wall-clock times written as ISO strings. */
export const SHANGHAI_UTC_SUFFIX = "+08:00";

/** The instant as Shanghai wall-clock time, in a Date read through its UTC getters. */
function local(d: Date): Date {
  return new Date(d.getTime() + SHANGHAI_OFFSET_MS);
}

/** Midnight at the start of a Shanghai calendar day (month 0-based; months and days may overflow). */
export function shanghaiMidnight(year: number, month0: number, day = 1): Date {
  return new Date(Date.UTC(year, month0, day) - SHANGHAI_OFFSET_MS);
}

/**
 * The instant as a Date whose UTC fields read as Shanghai wall-clock time: a
 * spreadsheet cell has no time zone, so an export writes this (exceljs stores
 * the UTC fields) and the cell shows the time people saw on screen.
 */
export function shanghaiWallClock(d: Date): Date {
  return local(d);
}

/** The calendar year in Asia/Shanghai. */
export function shanghaiYear(d: Date = new Date()): number {
  return local(d).getUTCFullYear();
}

/** The Shanghai year and 0-based month an instant falls in. */
export function shanghaiYearMonth(d: Date): { year: number; month0: number } {
  const l = local(d);
  return { year: l.getUTCFullYear(), month0: l.getUTCMonth() };
}

/** [1 Jan, 1 Jan next year) of a calendar year in Asia/Shanghai. */
export function shanghaiYearRange(year: number): { gte: Date; lt: Date } {
  return { gte: shanghaiMidnight(year, 0), lt: shanghaiMidnight(year + 1, 0) };
}

/** "YYYY-MM-DD": the Shanghai calendar day of an instant. */
export function shanghaiDayKey(d: Date = new Date()): string {
  return local(d).toISOString().slice(0, 10);
}

/** "YYYY-MM-DDTHH:mm": Shanghai wall-clock time, as datetime-local inputs take it. */
export function shanghaiMinuteKey(d: Date = new Date()): string {
  return local(d).toISOString().slice(0, 16);
}

/** Midnight at the start of a "YYYY-MM-DD" Shanghai day. */
export function shanghaiDayStart(day: string): Date {
  return new Date(`${day}T00:00:00${SHANGHAI_UTC_SUFFIX}`);
}

/** Midnight at the start of the Shanghai day an instant falls in. */
export function startOfShanghaiDay(d: Date): Date {
  const t = d.getTime() + SHANGHAI_OFFSET_MS;
  return new Date(t - (((t % DAY_MS) + DAY_MS) % DAY_MS) - SHANGHAI_OFFSET_MS);
}

/** [from 00:00, the day after `to` 00:00) for two "YYYY-MM-DD" days, either optional. */
export function shanghaiDaysRange(from?: string, to?: string): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: shanghaiDayStart(from) } : {}),
    ...(to ? { lt: new Date(shanghaiDayStart(to).getTime() + DAY_MS) } : {}),
  };
}

// ---- months as "YYYY-MM" keys: the dashboards' time axis; monthly report
// periods use the same keys (lib/reports/periods.ts).

const monthKey = (year: number, month0: number) => {
  const d = new Date(Date.UTC(year, month0, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
};
const parseMonth = (key: string) => {
  const [y, m] = key.split("-").map(Number);
  return { year: y, month0: m - 1 };
};

/** The Shanghai calendar month an instant falls in. */
export function monthOf(d: Date): string {
  return local(d).toISOString().slice(0, 7);
}

/** The `count` month keys ending with `last`, oldest first. */
export function monthsEnding(last: string, count: number): string[] {
  const { year, month0 } = parseMonth(last);
  return Array.from({ length: count }, (_, i) => monthKey(year, month0 - count + 1 + i));
}

/** The month keys from `from` to `to`, both included (empty when from > to). */
export function monthsBetween(from: string, to: string): string[] {
  const f = parseMonth(from);
  const t = parseMonth(to);
  const count = (t.year - f.year) * 12 + (t.month0 - f.month0) + 1;
  return count > 0 ? monthsEnding(to, count) : [];
}

/** The month before `key`. */
export function previousMonth(key: string): string {
  return monthsEnding(key, 2)[0];
}

/** [start, end) of a "YYYY-MM" month in Shanghai time. */
export function monthRange(key: string): { start: Date; end: Date } {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(key)) throw new Error(`not a month key: ${key}`);
  const { year, month0 } = parseMonth(key);
  return { start: shanghaiMidnight(year, month0), end: shanghaiMidnight(year, month0 + 1) };
}

/** The last `count` months ending with the one containing `now`, with their [start, end), oldest first. */
export function lastMonthRanges(
  now: Date,
  count: number,
): { key: string; start: Date; end: Date }[] {
  return monthsEnding(monthOf(now), count).map((key) => ({ key, ...monthRange(key) }));
}

/** "2026年10月"; short: "26.10" for chart axes. */
export function monthLabel(key: string, short = false): string {
  const [y, m] = key.split("-");
  return short ? `${y.slice(2)}.${m}` : `${y}年${Number(m)}月`;
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
