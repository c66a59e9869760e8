import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ArticleList } from "@/components/columns/article-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listColumnsWithLatest } from "@/lib/columns/queries";

export const metadata: Metadata = { title: "专栏" };

export default async function ColumnsPage() {
  const user = await requirePagePermission("column.read", "/columns");
  const columns = await listColumnsWithLatest(user);
  if (!columns) notFound();
  return (
    <>
      <PageHeader
        title="专栏"
        description="院内学习宣传专栏。标“新”的文章您尚未阅读。"
        actions={
          can(user.roles, "column.manage") ? (
            <Link href="/columns/manage" className={buttonClass.secondary}>
              管理专栏
            </Link>
          ) : undefined
        }
      />
      {columns.length === 0 ? (
        <Card>
          <EmptyState title="暂无专栏" />
        </Card>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {columns.map((c) => (
            <Card
              key={c.id}
              title={
                <Link href={`/columns/${c.slug}`} className="hover:underline">
                  {c.name}
                </Link>
              }
              actions={
                <Link href={`/columns/${c.slug}`} className={buttonClass.link}>
                  全部 {c.total} 篇
                </Link>
              }
            >
              {c.description ? (
                <p className="mb-2 text-sm text-slate-500">{c.description}</p>
              ) : null}
              {c.articles.length === 0 ? (
                <p className="text-sm text-slate-500">暂无文章</p>
              ) : (
                <ArticleList slug={c.slug} articles={c.articles} />
              )}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
