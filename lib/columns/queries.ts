// 专栏 reads. Columns and articles are open to every business role
// (column.read); each query also reports whether the viewer has read an
// article, to mark the unread ones "新".
import "server-only";

import { cache } from "react";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { inPages } from "../batches";
import { db } from "../db";
import type { Sort } from "../list-sort";
import type { ArticleListFilter, ColumnArticleSort } from "./schemas";

export const ARTICLES_PER_PAGE = 15;
const LATEST_PER_COLUMN = 5;

function articleListSelect(viewerId: string) {
  return {
    id: true,
    title: true,
    format: true,
    publishedAt: true,
    viewCount: true,
    authorId: true,
    _count: { select: { reads: true } },
    reads: { where: { userId: viewerId }, select: { userId: true }, take: 1 },
  } as const;
}

type ListedRow = {
  id: string;
  title: string;
  format: string;
  publishedAt: Date;
  viewCount: number;
  authorId: string;
  _count: { reads: number };
  reads: { userId: string }[];
};

function toListItem(viewerId: string, r: ListedRow) {
  return {
    id: r.id,
    title: r.title,
    format: r.format,
    publishedAt: r.publishedAt,
    views: r.viewCount,
    readers: r._count.reads,
    unread: r.reads.length === 0 && r.authorId !== viewerId,
  };
}
export type ArticleListItem = ReturnType<typeof toListItem>;

/** Every column with its latest articles, for /columns. */
export async function listColumnsWithLatest(user: SessionUser) {
  if (!can(user.roles, "column.read")) return null;
  const columns = await db.column.findMany({
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    take: 50,
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      _count: { select: { articles: true } },
      articles: {
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: LATEST_PER_COLUMN,
        select: articleListSelect(user.id),
      },
    },
  });
  return columns.map(({ articles, _count, ...c }) => ({
    ...c,
    total: _count.articles,
    articles: articles.map((a) => toListItem(user.id, a)),
  }));
}

export const getColumnBySlug = cache(async (user: SessionUser, slug: string) => {
  if (!can(user.roles, "column.read") || slug.length > 40) return null;
  return db.column.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, description: true, sortOrder: true },
  });
});

/** The sort in effect: a declared column of the URL, else 发布时间 newest first. */
export function columnArticleSortOf(f: ArticleListFilter): Sort<ColumnArticleSort> {
  if (!f.sort) return { key: "publishedAt", dir: "desc" };
  return { key: f.sort, dir: f.dir ?? (f.sort === "title" ? "asc" : "desc") };
}

function columnArticleWhere(columnId: string, f: ArticleListFilter): Prisma.ArticleWhereInput {
  return { AND: [{ columnId }, f.q ? { title: { contains: f.q } } : {}] };
}

function columnArticleOrder(f: ArticleListFilter): Prisma.ArticleOrderByWithRelationInput[] {
  const { key, dir } = columnArticleSortOf(f);
  const first: Record<ColumnArticleSort, Prisma.ArticleOrderByWithRelationInput> = {
    title: { title: dir },
    publishedAt: { publishedAt: dir },
    views: { viewCount: dir },
    readers: { reads: { _count: dir } },
  };
  return [first[key], { publishedAt: "desc" }, { id: "desc" }];
}

function readColumnArticles(user: SessionUser, columnId: string, f: ArticleListFilter) {
  const where = columnArticleWhere(columnId, f);
  const orderBy = columnArticleOrder(f);
  return async (skip: number, take: number) =>
    (
      await db.article.findMany({ where, orderBy, skip, take, select: articleListSelect(user.id) })
    ).map((r) => toListItem(user.id, r));
}

/**
 * One column's articles, searched by title and sorted through the URL, a page
 * at a time (issue 15 item 5); null without column.read. Never the body.
 */
export async function listColumnArticles(
  user: SessionUser,
  columnId: string,
  f: ArticleListFilter,
) {
  if (!can(user.roles, "column.read")) return null;
  const [total, rows] = await Promise.all([
    db.article.count({ where: columnArticleWhere(columnId, f) }),
    readColumnArticles(user, columnId, f)((f.page - 1) * ARTICLES_PER_PAGE, ARTICLES_PER_PAGE),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE)), rows };
}

/** Every article of the column's list, searched and sorted alike, page by page (the export; the caller checks column.read). */
export function allColumnArticleRows(
  user: SessionUser,
  columnId: string,
  f: ArticleListFilter,
): AsyncGenerator<ArticleListItem[]> {
  return inPages(readColumnArticles(user, columnId, f));
}

/**
 * Articles whose title holds `q`, across every column, newest first, for the
 * global search; null without column.read. Every article is published when it
 * is saved (there are no drafts), so whoever reads the columns may open each.
 * Never the body.
 */
export async function searchArticles(user: SessionUser, q: string, take: number) {
  if (!can(user.roles, "column.read")) return null;
  const where = { title: { contains: q } };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take,
      select: {
        id: true,
        title: true,
        publishedAt: true,
        column: { select: { name: true, slug: true } },
      },
    }),
  ]);
  return { total, rows };
}

/** One article in its column, or null (also when the id belongs to another column). */
export async function getArticle(user: SessionUser, columnId: string, articleId: string) {
  if (!can(user.roles, "column.read") || articleId.length > 40) return null;
  const a = await db.article.findFirst({
    where: { id: articleId, columnId },
    select: {
      id: true,
      title: true,
      format: true,
      body: true,
      publishedAt: true,
      updatedAt: true,
      viewCount: true,
      author: { select: { realName: true } },
      _count: { select: { reads: true } },
    },
  });
  if (!a) return null;
  const { _count, viewCount, ...rest } = a;
  return { ...rest, views: viewCount, readers: _count.reads };
}

/** Columns for the 政治处 maintenance page. */
export async function listColumnsForManage(user: SessionUser) {
  if (!can(user.roles, "column.manage")) return null;
  return db.column.findMany({
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    take: 100,
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      sortOrder: true,
      _count: { select: { articles: true } },
    },
  });
}
