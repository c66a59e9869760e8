// Publishing an article to a column from another domain's transaction (a
// winning 征文 text). A plain service module: the caller has already decided
// who may publish; this only checks that the column exists and writes the
// article in the caller's transaction.
import "server-only";

import type { Tx } from "../db";
import { NotFoundError } from "../errors";
import { ARTICLE_TITLE_MAX } from "./labels";

export type PublishedArticle = { id: string; slug: string };

export async function publishArticleInColumn(
  tx: Tx,
  input: { columnId: string; title: string; body: string; authorId: string; publishedAt?: Date },
): Promise<PublishedArticle> {
  const column = await tx.column.findUnique({
    where: { id: input.columnId },
    select: { id: true, slug: true },
  });
  if (!column) throw new NotFoundError("专栏不存在");
  const a = await tx.article.create({
    data: {
      columnId: column.id,
      title: input.title.slice(0, ARTICLE_TITLE_MAX),
      format: "TEXT",
      body: input.body,
      authorId: input.authorId,
      ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    },
    select: { id: true },
  });
  return { id: a.id, slug: column.slug };
}
