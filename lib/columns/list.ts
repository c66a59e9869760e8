// 政治处's list of every column's articles (/columns/manage): searched by
// title or author, filtered by column, sorted through the URL, paginated for
// the page and streamed page by page for the XLSX export, which therefore
// holds exactly the rows the screen would. Never the body.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { inPages } from "../batches";
import { db } from "../db";
import type { Sort } from "../list-sort";
import type { ArticleSort, ManageArticleListFilter } from "./schemas";

export const MANAGED_ARTICLES_PER_PAGE = 20;

const articleRowSelect = {
  id: true,
  title: true,
  format: true,
  publishedAt: true,
  updatedAt: true,
  viewCount: true,
  column: { select: { name: true, slug: true } },
  author: { select: { realName: true } },
  _count: { select: { reads: true } },
} as const;

/** The sort in effect: a declared column of the URL, else 发布时间 newest first. */
export function articleSortOf(f: ManageArticleListFilter): Sort<ArticleSort> {
  if (!f.sort) return { key: "publishedAt", dir: "desc" };
  const numeric = f.sort === "publishedAt" || f.sort === "views" || f.sort === "readers";
  return { key: f.sort, dir: f.dir ?? (numeric ? "desc" : "asc") };
}

function articleListWhere(f: ManageArticleListFilter): Prisma.ArticleWhereInput {
  return {
    AND: [
      f.columnId ? { columnId: f.columnId } : {},
      f.q
        ? { OR: [{ title: { contains: f.q } }, { author: { realName: { contains: f.q } } }] }
        : {},
    ],
  };
}

function articleListOrder(f: ManageArticleListFilter): Prisma.ArticleOrderByWithRelationInput[] {
  const { key, dir } = articleSortOf(f);
  const first: Record<ArticleSort, Prisma.ArticleOrderByWithRelationInput> = {
    title: { title: dir },
    column: { column: { name: dir } },
    author: { author: { realName: dir } },
    publishedAt: { publishedAt: dir },
    views: { viewCount: dir },
    readers: { reads: { _count: dir } },
  };
  return [first[key], { publishedAt: "desc" }, { id: "asc" }];
}

function readArticles(f: ManageArticleListFilter) {
  const where = articleListWhere(f);
  const orderBy = articleListOrder(f);
  return async (skip: number, take: number) =>
    (await db.article.findMany({ where, orderBy, skip, take, select: articleRowSelect })).map(
      ({ viewCount, _count, ...r }) => ({ ...r, views: viewCount, readers: _count.reads }),
    );
}
export type ManagedArticleRow = Awaited<ReturnType<ReturnType<typeof readArticles>>>[number];

/** A page of the list for 政治处, or null (→ 404) for anyone else. */
export async function listManagedArticles(user: SessionUser, f: ManageArticleListFilter) {
  if (!can(user.roles, "column.manage")) return null;
  const [total, rows] = await Promise.all([
    db.article.count({ where: articleListWhere(f) }),
    readArticles(f)((f.page - 1) * MANAGED_ARTICLES_PER_PAGE, MANAGED_ARTICLES_PER_PAGE),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / MANAGED_ARTICLES_PER_PAGE)), rows };
}

/** Every row of the list, filtered and sorted alike, page by page (the export; the caller checks column.manage). */
export function allManagedArticleRows(
  f: ManageArticleListFilter,
): AsyncGenerator<ManagedArticleRow[]> {
  return inPages(readArticles(f));
}
