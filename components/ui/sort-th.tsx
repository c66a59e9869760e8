import Link from "next/link";

import { withParams, type Sort } from "@/lib/list-sort";

/**
 * A column header that sorts the list through the URL: a link that sorts by
 * this column ascending, or flips the direction when it already does, with
 * aria-sort for screen readers and an arrow for everyone else.
 */
export function SortTh<K extends string>({
  label,
  column,
  sort,
  basePath,
  params,
  hash = "",
  className = "",
}: {
  label: string;
  column: K;
  sort: Sort<K>;
  basePath: string;
  params: Readonly<Record<string, string | string[] | undefined>>;
  /** Lands back on the list on a page that holds several (e.g. "#events"). */
  hash?: string;
  className?: string;
}) {
  const active = sort.key === column;
  const next = active && sort.dir === "asc" ? "desc" : "asc";
  const href = `${basePath}${withParams(params, { sort: column, dir: next })}${hash}`;
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
      className={`bg-slate-50 px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-600 ${className}`}
    >
      <Link
        href={href}
        prefetch={false}
        className="inline-flex items-center gap-1 hover:text-brand-700"
        aria-label={`按${label}${next === "asc" ? "升序" : "降序"}排列`}
      >
        {label}
        <span aria-hidden className={active ? "text-brand-700" : "text-slate-300"}>
          {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </th>
  );
}
