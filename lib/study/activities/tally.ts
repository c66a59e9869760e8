// Attendance counts from a groupBy over StudyAttendance.status. Pure.

export type StatusGroup = { status: string | null; _count: { _all: number } };

export type Tally = {
  expected: number;
  present: number;
  leave: number;
  absent: number;
  unrecorded: number;
  recorded: number;
  rate: number | null;
};

export function emptyTally(): Tally {
  return { expected: 0, present: 0, leave: 0, absent: 0, unrecorded: 0, recorded: 0, rate: null };
}

/** Adds groups into a tally; the rate is 出席 ÷ 已记录, in percent with one decimal. */
export function addToTally(t: Tally, groups: readonly StatusGroup[]): Tally {
  for (const g of groups) {
    const n = g._count._all;
    t.expected += n;
    if (g.status === "PRESENT") t.present += n;
    else if (g.status === "LEAVE") t.leave += n;
    else if (g.status === "ABSENT") t.absent += n;
    else t.unrecorded += n;
  }
  t.recorded = t.present + t.leave + t.absent;
  t.rate = t.recorded === 0 ? null : Math.round((t.present / t.recorded) * 1000) / 10;
  return t;
}

export function tallyOf(groups: readonly StatusGroup[]): Tally {
  return addToTally(emptyTally(), groups);
}

/** Groups keyed by another column (activity, user…) into one tally per key. */
export function tallyBy<K extends string>(
  rows: readonly (StatusGroup & Record<K, string>)[],
  key: K,
): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const r of rows) {
    const t = out.get(r[key]) ?? emptyTally();
    out.set(r[key], addToTally(t, [r]));
  }
  return out;
}

export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${rate}%`;
}
