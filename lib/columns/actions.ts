"use server";

// 专栏 writes. 政治处 maintains columns and articles; every business role
// records its own reads. Articles send no notification: the issue asks for
// notifications only for activities, answered consultations and 公示.
import { revalidatePath } from "next/cache";

import { action } from "../action";
import type { Tx } from "../db";
import { NotFoundError, ValidationError } from "../errors";
import {
  ArticleIdInput,
  ColumnIdInput,
  CreateArticleInput,
  CreateColumnInput,
  UpdateArticleInput,
  UpdateColumnInput,
} from "./schemas";

async function assertColumnUnique(
  db: Tx,
  input: { name: string; slug: string },
  exceptId?: string,
) {
  const clash = await db.column.findMany({
    where: {
      OR: [{ name: input.name }, { slug: input.slug }],
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { name: true, slug: true },
    take: 2,
  });
  const fieldErrors: Record<string, string> = {};
  if (clash.some((c) => c.name === input.name)) fieldErrors.name = "已有同名专栏";
  if (clash.some((c) => c.slug === input.slug)) fieldErrors.slug = "该路径标识已被其他专栏使用";
  if (Object.keys(fieldErrors).length)
    throw new ValidationError("提交的内容有误，请按提示修改", fieldErrors);
}

export const createColumn = action(
  { name: "column.create", permission: "column.manage", input: CreateColumnInput },
  async ({ db, input, audit }) => {
    await assertColumnUnique(db, input);
    const c = await db.column.create({ data: input, select: { id: true, slug: true } });
    Object.assign(audit, { objectType: "Column", objectId: c.id, detail: { slug: c.slug } });
    revalidatePath("/columns", "layout");
    return c;
  },
);

export const updateColumn = action(
  { name: "column.update", permission: "column.manage", input: UpdateColumnInput },
  async ({ db, input, audit }) => {
    const { id, ...data } = input;
    if (!(await db.column.findUnique({ where: { id }, select: { id: true } })))
      throw new NotFoundError();
    await assertColumnUnique(db, data, id);
    const c = await db.column.update({ where: { id }, data, select: { id: true, slug: true } });
    Object.assign(audit, { objectType: "Column", objectId: c.id, detail: { slug: c.slug } });
    revalidatePath("/columns", "layout");
    return c;
  },
);

/** Only an empty column can be deleted, so no article is ever lost with it. */
export const deleteColumn = action(
  { name: "column.delete", permission: "column.manage", input: ColumnIdInput },
  async ({ db, input, audit }) => {
    const c = await db.column.findUnique({
      where: { id: input.id },
      select: { id: true, name: true, _count: { select: { articles: true } } },
    });
    if (!c) throw new NotFoundError();
    if (c._count.articles > 0)
      throw new ValidationError(
        `专栏“${c.name}”内还有 ${c._count.articles} 篇文章，请先删除这些文章再删除专栏`,
      );
    await db.column.delete({ where: { id: c.id } });
    Object.assign(audit, { objectType: "Column", objectId: c.id, detail: { name: c.name } });
    revalidatePath("/columns", "layout");
    return { id: c.id };
  },
);

export const createArticle = action(
  { name: "column.article.create", permission: "column.manage", input: CreateArticleInput },
  async ({ db, user, input, audit }) => {
    const column = await db.column.findUnique({
      where: { id: input.columnId },
      select: { id: true, slug: true },
    });
    if (!column)
      throw new ValidationError("提交的内容有误，请按提示修改", { columnId: "专栏不存在" });
    const a = await db.article.create({
      data: {
        columnId: column.id,
        title: input.title,
        format: input.format,
        body: input.body,
        authorId: user.id,
      },
      select: { id: true },
    });
    Object.assign(audit, {
      objectType: "Article",
      objectId: a.id,
      detail: { column: column.slug, format: input.format },
    });
    revalidatePath("/columns", "layout");
    return { id: a.id, slug: column.slug };
  },
);

export const updateArticle = action(
  { name: "column.article.update", permission: "column.manage", input: UpdateArticleInput },
  async ({ db, input, audit }) => {
    const a = await db.article.findUnique({
      where: { id: input.id },
      select: { id: true, column: { select: { slug: true } } },
    });
    if (!a) throw new NotFoundError();
    await db.article.update({
      where: { id: a.id },
      data: { title: input.title, format: input.format, body: input.body },
    });
    Object.assign(audit, {
      objectType: "Article",
      objectId: a.id,
      detail: { format: input.format },
    });
    revalidatePath("/columns", "layout");
    return { id: a.id, slug: a.column.slug };
  },
);

export const deleteArticle = action(
  { name: "column.article.delete", permission: "column.manage", input: ArticleIdInput },
  async ({ db, input, audit }) => {
    const a = await db.article.findUnique({
      where: { id: input.id },
      select: { id: true, title: true, column: { select: { slug: true } } },
    });
    if (!a) throw new NotFoundError();
    // ArticleRead rows go with it (onDelete: Cascade).
    await db.article.delete({ where: { id: a.id } });
    Object.assign(audit, { objectType: "Article", objectId: a.id, detail: { title: a.title } });
    // No revalidatePath: it would re-render the (now missing) article page in
    // place as a 404 before the button can move on to the column. The pages are
    // dynamic, so the column page the button opens next is rendered fresh.
    return { id: a.id, slug: a.column.slug };
  },
);

/**
 * Called by the article page as it renders. One ArticleRead per reader (the
 * first read's time is kept); viewCount counts every view (人次). The author's
 * own views count as neither. No revalidatePath: it runs during render.
 */
export const recordArticleRead = action(
  { name: "column.article.read", permission: "column.read", input: ArticleIdInput },
  async ({ db, user, input, audit }) => {
    const a = await db.article.findUnique({
      where: { id: input.id },
      select: { id: true, authorId: true },
    });
    if (!a) throw new NotFoundError();
    Object.assign(audit, { objectType: "Article", objectId: a.id });
    if (a.authorId === user.id) return { counted: false, firstRead: false };
    const key = { articleId_userId: { articleId: a.id, userId: user.id } };
    const firstRead = !(await db.articleRead.findUnique({ where: key, select: { userId: true } }));
    await db.articleRead.upsert({
      where: key,
      create: { articleId: a.id, userId: user.id },
      update: {},
    });
    // Raw so that @updatedAt ("修改于") is left alone: a read is not an edit.
    await db.$executeRaw`UPDATE "Article" SET "viewCount" = "viewCount" + 1 WHERE "id" = ${a.id}`;
    return { counted: true, firstRead };
  },
);
