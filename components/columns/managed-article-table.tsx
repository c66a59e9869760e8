import Link from "next/link";

import { SortTh } from "@/components/ui/sort-th";
import { Table, Td, Th } from "@/components/ui/table";
import type { ManagedArticleRow } from "@/lib/columns/list";
import type { ArticleSort } from "@/lib/columns/schemas";
import { formatDateTime } from "@/lib/format";
import type { Sort } from "@/lib/list-sort";

/** 政治处's table of every column's articles, sortable through the URL, with links to read or edit. */
export function ManagedArticleTable({
  rows,
  sortable,
}: {
  rows: ManagedArticleRow[];
  sortable: {
    sort: Sort<ArticleSort>;
    basePath: string;
    params: Readonly<Record<string, string | undefined>>;
  };
}) {
  return (
    <Table caption="全部文章">
      <thead>
        <tr>
          <SortTh label="标题" column="title" {...sortable} />
          <SortTh label="专栏" column="column" {...sortable} />
          <SortTh label="作者" column="author" {...sortable} />
          <SortTh label="发布时间" column="publishedAt" {...sortable} />
          <SortTh label="阅读人次" column="views" {...sortable} />
          <SortTh label="阅读人数" column="readers" {...sortable} />
          <Th>操作</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id}>
            <Td className="min-w-48">
              <Link
                href={`/columns/${r.column.slug}/${r.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {r.title}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{r.column.name}</Td>
            <Td className="whitespace-nowrap">{r.author.realName}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(r.publishedAt)}</Td>
            <Td className="tabular-nums">{r.views}</Td>
            <Td className="tabular-nums">{r.readers}</Td>
            <Td>
              <Link
                href={`/columns/${r.column.slug}/${r.id}/edit`}
                className="text-sm text-brand-700 hover:underline"
              >
                编辑
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
