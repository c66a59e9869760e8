import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ArticleList } from "@/components/columns/article-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortLinks } from "@/components/ui/sort-links";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { COLUMN_RELATED_LINKS } from "@/lib/columns/labels";
import { columnArticleSortOf, getColumnBySlug, listColumnArticles } from "@/lib/columns/queries";
import { ArticleListFilter } from "@/lib/columns/schemas";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "专栏" };

export default async function ColumnPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await params;
  const user = await requirePagePermission("column.read", "/columns/[slug]");
  const column = await getColumnBySlug(user, slug);
  if (!column) notFound();
  const query = await searchParams;
  const f = ArticleListFilter.parse(query);
  const data = await listColumnArticles(user, column.id, f);
  if (!data) notFound();
  const related = COLUMN_RELATED_LINKS[column.slug] ?? [];
  const basePath = `/columns/${column.slug}`;
  return (
    <>
      <nav aria-label="位置" className="mb-2 text-sm text-slate-500">
        <Link href="/columns" className="hover:underline">
          专栏
        </Link>{" "}
        / {column.name}
      </nav>
      <PageHeader
        title={column.name}
        description={column.description || undefined}
        actions={
          can(user.roles, "column.manage") ? (
            <Link href={`/columns/${column.slug}/new`} className={buttonClass.primary}>
              发布文章
            </Link>
          ) : undefined
        }
      />
      {related.length ? (
        <Card title="相关">
          <ul className="space-y-1 text-sm">
            {related.map((r) => (
              <li key={r.href}>
                <Link href={r.href} className="font-medium text-brand-700 hover:underline">
                  {r.label}
                </Link>
                <span className="ml-2 text-slate-500">{r.hint}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title={`文章（${data.total} 篇）`} className={related.length ? "mt-4" : ""}>
        <FilterBar
          label="搜索文章"
          clearHref={basePath}
          columns={3}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="文章标题" />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <SortLinks
            columns={[
              { column: "publishedAt", label: "发布时间" },
              { column: "title", label: "标题" },
              { column: "views", label: "阅读人次" },
              { column: "readers", label: "阅读人数" },
            ]}
            sort={columnArticleSortOf(f)}
            basePath={basePath}
            params={query}
          />
          {data.total > 0 ? (
            <ExportButton href={`${basePath}/export${withParams(query, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={f.q ? "没有符合条件的文章" : "暂无文章"}
            hint={f.q ? "请调整或清除搜索关键词。" : undefined}
          />
        ) : (
          <ArticleList slug={column.slug} articles={data.rows} />
        )}
        <Pagination
          page={f.page}
          pages={data.pages}
          total={data.total}
          basePath={basePath}
          params={{ q: f.q, sort: f.sort, dir: f.dir }}
        />
      </Card>
    </>
  );
}
