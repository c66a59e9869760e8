// Which months of the index may be read as final (issue 17 item 1). A month
// counts once its reporting period has closed (past the report due day) or
// once enough departments have reported; until then it is 进行中, shown with
// its coverage and never as the headline, in the heatmap or in a warning.
// Pure: lib/dashboard/queries.ts hands in the due dates and who reported.

/** The part of a heatmap cell (lib/dashboard/index.ts) the headline reads. */
type IndexCell = { kind: "value"; index: number } | { kind: "empty" | "masked" };

/** A month may count before its due day once this share of the expected departments has reported. */
export const COMPLETE_COVERAGE = 0.8;
/** The departments expected to report in a month: those that filed for it or for any of this many months before. */
export const EXPECTED_LOOKBACK = 6;

export type MonthStatus = {
  month: string;
  /** the month's reports are past their due day */
  closed: boolean;
  /** departments with a submitted periodic report for the month */
  reported: number;
  /** departments expected to report (see EXPECTED_LOOKBACK) */
  expected: number;
  /** closed, or reported/expected ≥ COMPLETE_COVERAGE */
  complete: boolean;
};

/** `reporters`: per month, the departments with a submitted periodic report. */
export function monthStatuses(
  months: string[],
  closed: (month: string) => boolean,
  reporters: Map<string, Set<string>>,
): MonthStatus[] {
  return months.map((month, i) => {
    const expected = new Set<string>();
    for (const m of months.slice(Math.max(0, i - EXPECTED_LOOKBACK), i + 1))
      for (const id of reporters.get(m) ?? []) expected.add(id);
    const reported = reporters.get(month)?.size ?? 0;
    const isClosed = closed(month);
    const covered = expected.size > 0 && reported >= COMPLETE_COVERAGE * expected.size;
    return {
      month,
      closed: isClosed,
      reported,
      expected: expected.size,
      complete: isClosed || covered,
    };
  });
}

/** Every month complete: for callers that hand in only finished history. */
export const allComplete = (months: string[]): MonthStatus[] =>
  months.map((month) => ({ month, closed: true, reported: 0, expected: 0, complete: true }));

export type Headline = {
  month: string;
  index: number;
  /** the complete month before it with a value, which "较上月" compares against */
  previous: { month: string; index: number } | null;
  /** index − previous.index, one decimal */
  change: number | null;
  /** months between the two that were left out (incomplete or without a value) */
  skipped: string[];
  /** months after the headline that are still 进行中 */
  pending: MonthStatus[];
};

/** The latest complete month with a value, and the complete month with a value before it. */
export function headlineOf(
  months: string[],
  cells: IndexCell[],
  status: MonthStatus[],
): Headline | null {
  const usable = months.flatMap((m, i) => {
    const c = cells[i];
    return status[i].complete && c.kind === "value" ? [{ i, month: m, index: c.index }] : [];
  });
  const last = usable.at(-1);
  if (!last) return null;
  const prev = usable.at(-2) ?? null;
  return {
    month: last.month,
    index: last.index,
    previous: prev && { month: prev.month, index: prev.index },
    change: prev ? Math.round((last.index - prev.index) * 10) / 10 : null,
    skipped: prev ? months.slice(prev.i + 1, last.i) : [],
    pending: status.slice(last.i + 1).filter((s) => !s.complete),
  };
}
