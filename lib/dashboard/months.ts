// Calendar months in Asia/Shanghai, as "YYYY-MM" keys: the dashboard's one
// time axis. Monthly report periods use the same keys (lib/reports/periods.ts).
import { periodFromKey } from "../reports/periods";

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The Shanghai calendar month an instant falls in. */
export function monthOf(d: Date): string {
  return new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
}

/** The `count` month keys ending with `last`, oldest first. */
export function monthsEnding(last: string, count: number): string[] {
  const [y, m] = last.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - count + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  });
}

/** The month keys from `from` to `to`, both included (empty when from > to). */
export function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  const count = (ty - fy) * 12 + (tm - fm) + 1;
  return count > 0 ? monthsEnding(to, count) : [];
}

/** The month before `key`. */
export function previousMonth(key: string): string {
  return monthsEnding(key, 2)[0];
}

/** [start, end) of a month in Shanghai time. */
export function monthRange(key: string): { start: Date; end: Date } {
  const p = periodFromKey(key);
  if (!p || p.frequency !== "MONTHLY") throw new Error(`not a month key: ${key}`);
  return { start: p.startsAt, end: p.endsAt };
}

/** "2026年10月"; short: "26.10" for chart axes. */
export function monthLabel(key: string, short = false): string {
  const [y, m] = key.split("-");
  return short ? `${y.slice(2)}.${m}` : `${y}年${Number(m)}月`;
}
