// Reporting periods from 政治处's schedule, in Asia/Shanghai calendar terms.
// Monthly by default: the October report is due on day `dueDay` of November.
import { DAY_MS, shanghaiMidnight, shanghaiYearMonth } from "../dates";

export type Frequency = "MONTHLY" | "QUARTERLY";
export type Schedule = { frequency: Frequency; dueDay: number };
export type Period = {
  key: string;
  label: string;
  frequency: Frequency;
  startsAt: Date;
  endsAt: Date;
  dueAt: Date;
};

export const DEFAULT_SCHEDULE: Schedule = { frequency: "MONTHLY", dueDay: 5 };

function build(year: number, firstMonth: number, months: number, s: Schedule): Period {
  const startsAt = shanghaiMidnight(year, firstMonth, 1);
  const endsAt = shanghaiMidnight(year, firstMonth + months, 1);
  // Due at the end of the due day: a report filed any time that day is on time.
  const dueAt = new Date(
    shanghaiMidnight(year, firstMonth + months, s.dueDay).getTime() + DAY_MS - 1,
  );
  if (s.frequency === "QUARTERLY") {
    const q = Math.floor(firstMonth / 3) + 1;
    return {
      key: `${year}-Q${q}`,
      label: `${year}年第${"一二三四"[q - 1]}季度`,
      frequency: "QUARTERLY",
      startsAt,
      endsAt,
      dueAt,
    };
  }
  const m = firstMonth + 1;
  return {
    key: `${year}-${String(m).padStart(2, "0")}`,
    label: `${year}年${m}月`,
    frequency: "MONTHLY",
    startsAt,
    endsAt,
    dueAt,
  };
}

/** The period containing the given instant. */
export function periodContaining(d: Date, s: Schedule = DEFAULT_SCHEDULE): Period {
  const { year, month0 } = shanghaiYearMonth(d);
  return s.frequency === "QUARTERLY"
    ? build(year, Math.floor(month0 / 3) * 3, 3, s)
    : build(year, month0, 1, s);
}

/** The period that follows `p`. */
export function nextPeriod(p: Period, s: Schedule = DEFAULT_SCHEDULE): Period {
  return periodContaining(new Date(p.endsAt.getTime() + 1000), s);
}

/** Periods that have started within [from, to], oldest first. */
export function periodsBetween(from: Date, to: Date, s: Schedule = DEFAULT_SCHEDULE): Period[] {
  const out: Period[] = [];
  for (
    let p = periodContaining(from, s);
    p.startsAt.getTime() <= to.getTime();
    p = nextPeriod(p, s)
  )
    out.push(p);
  return out;
}

/** Parses a period key back into its period ("2026-10" or "2026-Q3"). */
export function periodFromKey(key: string, s: Schedule = DEFAULT_SCHEDULE): Period | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) {
    const month = Number(m[2]) - 1;
    return month >= 0 && month < 12
      ? build(Number(m[1]), month, 1, { ...s, frequency: "MONTHLY" })
      : null;
  }
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  return q
    ? build(Number(q[1]), (Number(q[2]) - 1) * 3, 3, { ...s, frequency: "QUARTERLY" })
    : null;
}
