import Link from "next/link";

/**
 * Page links that keep the current filters in the query string. A page with
 * two paginated lists gives each its own `pageParam`, may add a `hash` to land
 * back on the list, and names each with `label` (the list's name), so that
 * its two navigation landmarks are told apart ("学习记录分页", not "分页" twice).
 */
export function Pagination({
  page,
  pages,
  total,
  basePath,
  params,
  pageParam = "page",
  hash = "",
  label,
}: {
  page: number;
  pages: number;
  total: number;
  basePath: string;
  params: Record<string, string | undefined>;
  pageParam?: string;
  hash?: string;
  label?: string;
}) {
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    if (p > 1) q.set(pageParam, String(p));
    const s = q.toString();
    return `${s ? `${basePath}?${s}` : basePath}${hash}`;
  };
  const link = "rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50";
  const off = "rounded border border-slate-200 px-3 py-1 text-sm text-slate-500";
  return (
    <nav
      aria-label={label ? `${label}分页` : "分页"}
      className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600"
    >
      <span>
        共 {total} 条，第 {Math.min(page, pages)} / {pages} 页
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={href(page - 1)}>
            上一页
          </Link>
        ) : (
          <span className={off}>上一页</span>
        )}
        {page < pages ? (
          <Link className={link} href={href(page + 1)}>
            下一页
          </Link>
        ) : (
          <span className={off}>下一页</span>
        )}
      </span>
    </nav>
  );
}
