import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ArticleForm } from "@/components/columns/article-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getArticle, getColumnBySlug } from "@/lib/columns/queries";

export const metadata: Metadata = { title: "编辑文章" };

export default async function EditArticlePage({
  params,
}: {
  params: Promise<{ slug: string; articleId: string }>;
}) {
  const { slug, articleId } = await params;
  const user = await requirePagePermission("column.manage", "/columns/[slug]/[articleId]/edit");
  const column = await getColumnBySlug(user, slug);
  const article = column ? await getArticle(user, column.id, articleId) : null;
  if (!column || !article) notFound();
  return (
    <>
      <nav aria-label="位置" className="mb-2 text-sm text-slate-500">
        <Link href={`/columns/${column.slug}/${article.id}`} className="hover:underline">
          返回文章
        </Link>
      </nav>
      <PageHeader title="编辑文章" description={`专栏：${column.name}`} />
      <Card>
        <ArticleForm
          columnId={column.id}
          article={{
            id: article.id,
            title: article.title,
            format: article.format,
            body: article.body,
          }}
        />
      </Card>
    </>
  );
}
