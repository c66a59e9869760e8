import Link from "next/link";

import { withParams, type Sort } from "@/lib/list-sort";

/**
 * SortTh for a list shown as cards: one link per declared column that sorts
 * the list through the URL, ascending, or flips the direction when it already
 * sorts by it; the one in effect is marked (aria-current) and shows its arrow.
 */
export function SortLinks<K extends string>({
  columns,
  sort,
  basePath,
  params,
}: {
  columns: readonly { column: K; label: string }[];
  sort: Sort<K>;
  basePath: string;
  params: Readonly<Record<string, string | string[] | undefined>>;
}) {
  return (
    <nav aria-label="排序" className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
      <span>排序：</span>
      {columns.map(({ column, label }) => {
        const active = sort.key === column;
        const next = active && sort.dir === "asc" ? "desc" : "asc";
        return (
          <Link
            key={column}
            href={`${basePath}${withParams(params, { sort: column, dir: next })}`}
            prefetch={false}
            aria-current={active ? "true" : undefined}
            aria-label={`按${label}${next === "asc" ? "升序" : "降序"}排列`}
            className={`inline-flex items-center gap-1 hover:text-brand-700 ${active ? "font-semibold text-brand-700" : ""}`}
          >
            {label}
            <span aria-hidden className={active ? "text-brand-700" : "text-slate-300"}>
              {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
