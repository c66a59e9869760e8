// Fixed dates for the seed. Everything is placed relative to the reference
// date, never to the real clock, so that two runs give the same rows.
// (The one exception, passwordChangedAt, is explained in prisma/seed.ts.)

/** "Today" in the demo data. */
export const SEED_REFERENCE_DATE = new Date("2026-11-01T00:00:00+08:00");

/** When the portal went live: two years of history before the reference date. */
export const SEED_LAUNCH_DATE = new Date("2024-11-01T09:00:00+08:00");

const DAY_MS = 24 * 60 * 60 * 1000;

/** `days` before the reference date, at hh:mm Asia/Shanghai. */
export function daysBefore(days: number, hour = 9, minute = 0): Date {
  return new Date(SEED_REFERENCE_DATE.getTime() - days * DAY_MS + (hour * 60 + minute) * 60 * 1000);
}

/** A calendar date in Asia/Shanghai, at 09:00 local time. */
export function shanghaiDate(year: number, month: number, day: number): Date {
  const mm = String(month).padStart(2, "0");
  const dd = String(day).padStart(2, "0");
  return new Date(`${year}-${mm}-${dd}T09:00:00+08:00`);
}

export function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
