// Counts from one grouped query instead of one count per status: a
// `groupBy({ by: ["status"], _count: { _all: true } })` gives the total and
// each status's count in one round trip.

export type StatusCounts = { total: number; of: (status: string) => number };

/** The total and a per-status lookup of a groupBy over `status` with `_count._all`. */
export function statusCounts(
  rows: readonly { status: string; _count: { _all: number } }[],
): StatusCounts {
  const by = new Map(rows.map((r) => [r.status, r._count._all]));
  return {
    total: rows.reduce((n, r) => n + r._count._all, 0),
    of: (status) => by.get(status) ?? 0,
  };
}

/**
 * The first `take` rows of a list and its total: reads `take + 1` rows, and
 * counts only when there are more than `take` — a person's own lists are
 * mostly short, so their total is usually the rows themselves.
 */
export async function firstRowsAndTotal<T>(
  take: number,
  rows: (take: number) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<{ total: number; rows: T[] }> {
  const got = await rows(take + 1);
  if (got.length <= take) return { total: got.length, rows: got };
  return { total: await count(), rows: got.slice(0, take) };
}
