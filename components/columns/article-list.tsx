import Link from "next/link";

import { Badge } from "@/components/ui/card";
import { readCountLabel } from "@/lib/columns/labels";
import type { ArticleListItem } from "@/lib/columns/queries";
import { formatDate } from "@/lib/format";

/** A column's articles: title (with "新" if the viewer has not read it), date and read counts. */
export function ArticleList({ slug, articles }: { slug: string; articles: ArticleListItem[] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {articles.map((a) => (
        <li
          key={a.id}
          className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2 text-sm"
        >
          <span className="flex min-w-0 items-baseline gap-2">
            {a.unread ? <Badge tone="red">新</Badge> : null}
            <Link
              href={`/columns/${slug}/${a.id}`}
              className="truncate font-medium text-brand-700 hover:underline"
            >
              {a.title}
            </Link>
          </span>
          <span className="shrink-0 text-xs text-slate-500">
            {formatDate(a.publishedAt)} · {readCountLabel(a.views, a.readers)}
          </span>
        </li>
      ))}
    </ul>
  );
}
