// Study periods: a Shanghai calendar year or all time (Period), and the
// calendar months of a span (monthSpans), shared by the log, the points
// counts, the rankings and 我的学习.
import { shanghaiMidnight } from "../dates";

/**
 * A period: one Shanghai calendar year, or everything (null); `span`, when
 * given, replaces the year with an exact [gte, lt) range (an appraisal cycle's
 * half-year, say).
 */
export type Period = { year: number | null; span?: { gte: Date; lt: Date } };

export type MonthSpan = { key: string; start: Date; end: Date };

/** Shanghai calendar months from (fromYear, fromMonth) to (toYear, toMonth), inclusive; months are 1–12. */
export function monthSpans(
  fromYear: number,
  fromMonth: number,
  toYear: number,
  toMonth: number,
): MonthSpan[] {
  const out: MonthSpan[] = [];
  let y = fromYear;
  let m = fromMonth;
  while (y < toYear || (y === toYear && m <= toMonth)) {
    out.push({
      key: `${y}-${String(m).padStart(2, "0")}`,
      start: shanghaiMidnight(y, m - 1),
      end: shanghaiMidnight(y, m),
    });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
