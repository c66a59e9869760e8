// The period of an analysis report: a calendar quarter, or any range of days
// up to a year (Shanghai calendar). Pure: parsing, bounds and labels.
import { DAY_MS, monthOf, shanghaiDayKey, shanghaiDayStart, shanghaiMidnight } from "../dates";
import type { ReportPeriod } from "./content";

/**
 * Whether from … to (YYYY-MM-DD, both included) is longer than a year: it may
 * end at the latest the day before the same date a year on (2026-03-01 →
 * 2027-02-28), so a quarter or a calendar year fits, a year and a day does not.
 */
export function longerThanAYear(from: string, to: string): boolean {
  return to >= `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`;
}

export type PeriodBounds = { period: ReportPeriod; start: Date; end: Date };

const dayKey = (d: Date) => shanghaiDayKey(d);

/** The months [from, to] touches, oldest first. */
function monthsOf(start: Date, endExclusive: Date): string[] {
  const out: string[] = [];
  let m = monthOf(start);
  const last = monthOf(new Date(endExclusive.getTime() - 1));
  while (m <= last) {
    out.push(m);
    const [y, mo] = m.split("-").map(Number);
    m = monthOf(shanghaiMidnight(y, mo));
  }
  return out;
}

/** Quarter q (1–4) of `year`: [start, end). */
export function quarterBounds(year: number, quarter: 1 | 2 | 3 | 4): PeriodBounds {
  const start = shanghaiMidnight(year, (quarter - 1) * 3);
  const end = shanghaiMidnight(year, quarter * 3);
  return {
    start,
    end,
    period: {
      from: dayKey(start),
      to: dayKey(new Date(end.getTime() - DAY_MS)),
      label: `${year}年第${"一二三四"[quarter - 1]}季度`,
      quarter: { year, quarter },
      months: monthsOf(start, end),
    },
  };
}

/** The quarter an instant falls in (Shanghai). */
export function quarterOf(d: Date): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const [y, m] = monthOf(d).split("-").map(Number);
  return { year: y, quarter: (Math.floor((m - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

/** The quarter before. */
export function previousQuarter(q: { year: number; quarter: 1 | 2 | 3 | 4 }) {
  return q.quarter === 1
    ? { year: q.year - 1, quarter: 4 as const }
    : { year: q.year, quarter: (q.quarter - 1) as 1 | 2 | 3 | 4 };
}

const label = (day: string) => {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

/**
 * A range of days, both included. Reversed, or longer than a year,
 * is refused with a Chinese message (thrown as a plain Error; the schema turns
 * it into a field error). A range that is exactly a quarter becomes that quarter.
 */
export function rangeBounds(from: string, to: string): PeriodBounds {
  const start = shanghaiDayStart(from);
  const last = shanghaiDayStart(to);
  if (last.getTime() < start.getTime()) throw new RangeError("结束日期不能早于开始日期");
  const end = new Date(last.getTime() + DAY_MS);
  if (longerThanAYear(from, to)) throw new RangeError("统计区间不能超过一年");
  const q = quarterOf(start);
  const asQuarter = quarterBounds(q.year, q.quarter);
  if (asQuarter.start.getTime() === start.getTime() && asQuarter.end.getTime() === end.getTime())
    return asQuarter;
  return {
    start,
    end,
    period: {
      from,
      to,
      label: from === to ? label(from) : `${label(from)}至${label(to)}`,
      quarter: null,
      months: monthsOf(start, end),
    },
  };
}

/** The range of the same length just before (for "较上期"). */
export function previousBounds(b: PeriodBounds): { start: Date; end: Date } {
  if (b.period.quarter) {
    const p = quarterBounds(
      previousQuarter(b.period.quarter).year,
      previousQuarter(b.period.quarter).quarter,
    );
    return { start: p.start, end: p.end };
  }
  const len = b.end.getTime() - b.start.getTime();
  return { start: new Date(b.start.getTime() - len), end: b.start };
}
