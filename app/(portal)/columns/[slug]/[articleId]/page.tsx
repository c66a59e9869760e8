import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ArticleBody } from "@/components/columns/article-body";
import { Card } from "@/components/ui/card";
import { DeleteButton } from "@/components/ui/delete-button";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { deleteArticle, recordArticleRead } from "@/lib/columns/actions";
import { readCountLabel } from "@/lib/columns/labels";
import { getArticle, getColumnBySlug } from "@/lib/columns/queries";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "专栏文章" };

export default async function ArticlePage({
  params,
}: {
  params: Promise<{ slug: string; articleId: string }>;
}) {
  const { slug, articleId } = await params;
  const user = await requirePagePermission("column.read", "/columns/[slug]/[articleId]");
  const column = await getColumnBySlug(user, slug);
  const article = column ? await getArticle(user, column.id, articleId) : null;
  if (!column || !article) notFound();
  // Opening the page is the read. The counts shown include this view.
  const read = await recordArticleRead({ id: article.id });
  const counted = read.ok && read.data.counted;
  const views = article.views + (counted ? 1 : 0);
  const readers = article.readers + (read.ok && read.data.firstRead ? 1 : 0);
  const manage = can(user.roles, "column.manage");
  return (
    <>
      <nav aria-label="位置" className="mb-2 text-sm text-slate-500">
        <Link href="/columns" className="hover:underline">
          专栏
        </Link>{" "}
        /{" "}
        <Link href={`/columns/${column.slug}`} className="hover:underline">
          {column.name}
        </Link>
      </nav>
      <Card>
        <article>
          <header className="mb-4 border-b border-slate-100 pb-3">
            <h1 className="text-xl font-semibold text-slate-900">{article.title}</h1>
            <p className="mt-1 text-xs text-slate-500">
              {article.author.realName} · 发布于 {formatDateTime(article.publishedAt)}
              {article.updatedAt.getTime() - article.publishedAt.getTime() > 60_000
                ? ` · 修改于 ${formatDateTime(article.updatedAt)}`
                : ""}{" "}
              · <span data-testid="read-count">{readCountLabel(views, readers)}</span>
            </p>
            {manage ? (
              <div className="mt-3 flex items-start gap-2">
                <Link
                  href={`/columns/${column.slug}/${article.id}/edit`}
                  className={`${buttonClass.secondary} px-3 py-1`}
                >
                  编辑
                </Link>
                <DeleteButton
                  action={deleteArticle}
                  id={article.id}
                  then={`/columns/${column.slug}`}
                  confirm={`确定删除文章“${article.title}”吗？删除后阅读记录一并清除，且不可恢复。`}
                />
              </div>
            ) : null}
          </header>
          <ArticleBody format={article.format} body={article.body} />
        </article>
      </Card>
    </>
  );
}
