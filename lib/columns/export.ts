// 导出 Excel of 政治处's article list: the same query as /columns/manage
// (lib/columns/list.ts), with the same column filter, keyword and order,
// streamed page by page. Never the body. And one column's articles
// (/columns/[slug]) for every reader, as that reader's page shows them.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { ARTICLE_FORMAT_LABELS, type ArticleFormat } from "./labels";
import { allManagedArticleRows, type ManagedArticleRow as R } from "./list";
import { allColumnArticleRows, getColumnBySlug, type ArticleListItem as A } from "./queries";
import { ArticleListFilter, ManageArticleListFilter } from "./schemas";

export async function exportManagedArticles(
  user: SessionUser,
  url: URL,
): Promise<XlsxExport | null> {
  if (!can(user.roles, "column.manage")) return null;
  const f = ManageArticleListFilter.parse(Object.fromEntries(url.searchParams));
  const column = f.columnId
    ? await db.column.findUnique({ where: { id: f.columnId }, select: { name: true } })
    : null;
  return {
    action: "column.article.list.export",
    objectType: "Article",
    objectId: "",
    fileName: "专栏文章",
    filter: filterText({ 专栏: column?.name, 关键词: f.q }),
    sheets: [
      {
        name: "专栏文章",
        title: "专栏文章",
        rows: allManagedArticleRows(f),
        columns: [
          { header: "标题", value: (r: R) => r.title },
          { header: "专栏", value: (r: R) => r.column.name },
          { header: "作者", value: (r: R) => r.author.realName },
          { header: "发布时间", value: (r: R) => r.publishedAt, format: "datetime" },
          {
            header: "格式",
            value: (r: R) => ARTICLE_FORMAT_LABELS[r.format as ArticleFormat] ?? r.format,
          },
          { header: "阅读人次", value: (r: R) => r.views, format: "int" },
          { header: "阅读人数", value: (r: R) => r.readers, format: "int" },
        ],
      },
    ],
  };
}

/** 导出 Excel of one column's articles: the reader's searched and sorted list; null (404) without the column. */
export async function exportColumnArticles(
  user: SessionUser,
  url: URL,
  slug: string,
): Promise<XlsxExport | null> {
  const column = await getColumnBySlug(user, slug);
  if (!column) return null;
  const f = ArticleListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "column.articles.export",
    objectType: "Column",
    objectId: column.id,
    fileName: `${column.name}-文章`,
    filter: filterText({ 关键词: f.q }),
    sheets: [
      {
        name: "文章",
        title: `${column.name} · 文章`,
        rows: allColumnArticleRows(user, column.id, f),
        columns: [
          { header: "标题", value: (r: A) => r.title },
          { header: "发布时间", value: (r: A) => r.publishedAt, format: "datetime" },
          {
            header: "格式",
            value: (r: A) => ARTICLE_FORMAT_LABELS[r.format as ArticleFormat] ?? r.format,
          },
          { header: "阅读人次", value: (r: A) => r.views, format: "int" },
          { header: "阅读人数", value: (r: A) => r.readers, format: "int" },
        ],
      },
    ],
  };
}
