// The judging board as people work with it (issue 15 item 5): searched and
// sorted through the URL. A call's entries are few and their ranks are
// computed over the whole call, so the board is filtered and sorted in
// memory, always ending on the entry's number (unique within the call). Blind
// judging holds here too: where the authors are not shown, the keyword never
// matches an author and 作者 does not sort (it falls back to the default).
import type { EntryBoardFilter, EntrySort } from "./schemas";

type Row = {
  no: number;
  title: string;
  authorName: string | null;
  departmentName: string | null;
  totalCenti: number | null;
  rank: number | null;
};

const collator = new Intl.Collator("zh-CN");

/** null last whatever the direction, as the database does for a missing score. */
function cmpNullable(a: number | null, b: number | null, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (a - b) * sign;
}

export function boardSortOf(
  f: EntryBoardFilter,
  named: boolean,
): { key: EntrySort; dir: "asc" | "desc" } {
  const key: EntrySort =
    f.sort && (f.sort !== "author" || named) ? f.sort : f.order === "rank" ? "rank" : "no";
  const dir = f.sort === key && f.dir ? f.dir : key === "total" ? "desc" : "asc";
  return { key, dir };
}

export function searchAndSortBoard<R extends Row>(
  rows: R[],
  f: EntryBoardFilter,
  named: boolean,
): R[] {
  const q = f.q;
  const found = q
    ? rows.filter(
        (r) =>
          r.title.includes(q) ||
          (named && ((r.authorName ?? "").includes(q) || (r.departmentName ?? "").includes(q))),
      )
    : rows;
  const { key, dir } = boardSortOf(f, named);
  const sign = dir === "asc" ? 1 : -1;
  const first: Record<EntrySort, (a: R, b: R) => number> = {
    no: (a, b) => (a.no - b.no) * sign,
    title: (a, b) => collator.compare(a.title, b.title) * sign,
    author: (a, b) => collator.compare(a.authorName ?? "", b.authorName ?? "") * sign,
    total: (a, b) => cmpNullable(a.totalCenti, b.totalCenti, sign),
    rank: (a, b) => cmpNullable(a.rank, b.rank, sign),
  };
  return [...found].sort((a, b) => first[key](a, b) || a.no - b.no);
}
