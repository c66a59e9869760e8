import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ArticleList } from "@/components/columns/article-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { COLUMN_RELATED_LINKS } from "@/lib/columns/labels";
import { getColumnBySlug, listColumnArticles } from "@/lib/columns/queries";
import { ArticleListFilter } from "@/lib/columns/schemas";

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
  const f = ArticleListFilter.parse(await searchParams);
  const data = await listColumnArticles(user, column.id, f);
  if (!data) notFound();
  const related = COLUMN_RELATED_LINKS[column.slug] ?? [];
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
        {data.rows.length === 0 ? (
          <EmptyState title="暂无文章" />
        ) : (
          <ArticleList slug={column.slug} articles={data.rows} />
        )}
        <Pagination
          page={f.page}
          pages={data.pages}
          total={data.total}
          basePath={`/columns/${column.slug}`}
          params={{}}
        />
      </Card>
    </>
  );
}
