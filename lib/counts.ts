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
