// Long `in (…)` lists, run in slices. SQLite refuses a statement with more
// bound parameters than it allows (Prisma's P2029), and an `OR` of several
// lists, or a groupBy, is not split for us; a 院 of 1,500 people, or 15,000,
// would exceed it. Used wherever a query takes everyone of a cycle or a cohort.

/** Slices small enough for two id lists in one statement with room to spare. */
export const IN_SLICE = 300;

/** Runs `query` on consecutive slices of `ids` (one at a time) and concatenates the rows. */
export async function inSlices<T, R>(
  ids: readonly T[],
  query: (slice: T[]) => Promise<R[]>,
  size: number = IN_SLICE,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < ids.length; i += size) out.push(...(await query(ids.slice(i, i + size))));
  return out;
}

/**
 * Reads a list page by page (offset paging over the caller's stable order,
 * which must end on a unique column), for exports that stream long lists
 * instead of holding every row.
 */
export async function* inPages<R>(
  read: (skip: number, take: number) => Promise<R[]>,
  size = 1000,
): AsyncGenerator<R[]> {
  for (let skip = 0; ; skip += size) {
    const rows = await read(skip, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
  }
}

/**
 * One page of rows already in memory, in their order (a merged queue, a
 * board sorted in JavaScript). A page past the end shows the last one, a
 * page that is not a number the first.
 */
export function pageOf<T>(rows: readonly T[], page: number, perPage: number) {
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (current - 1) * perPage;
  return { page: current, pages, total: rows.length, rows: rows.slice(start, start + perPage) };
}
