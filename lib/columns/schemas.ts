import { z } from "zod";

import { id, intInRange, keyword, page, sortFields, text } from "../forms/fields";
import { ARTICLE_BODY_MAX, ARTICLE_FORMATS, ARTICLE_TITLE_MAX, RESERVED_SLUGS } from "./labels";

const slug = z
  .string({ error: "请填写路径标识" })
  .trim()
  .min(1, "请填写路径标识")
  .max(40, "路径标识不能超过 40 个字符")
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "路径标识只能包含小写字母、数字和连字符，且不能以连字符开头或结尾",
  )
  .refine(
    (s) => !(RESERVED_SLUGS as readonly string[]).includes(s),
    "该路径标识为系统保留，请换一个",
  );

const columnFields = {
  name: text("专栏名称", 30),
  slug,
  description: z
    .string()
    .trim()
    .max(200, "专栏简介不能超过 200 个字符")
    .optional()
    .transform((v) => v ?? ""),
  sortOrder: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? 0 : v),
    intInRange("排序", 0, 999),
  ),
};

export const CreateColumnInput = z.object(columnFields);
export const UpdateColumnInput = z.object({ id: id("专栏"), ...columnFields });

const articleFields = {
  title: text("标题", ARTICLE_TITLE_MAX),
  format: z.enum(ARTICLE_FORMATS, { error: "请选择正文格式" }),
  body: text("正文", ARTICLE_BODY_MAX),
};

export const CreateArticleInput = z.object({ columnId: id("专栏"), ...articleFields });
export const UpdateArticleInput = z.object({ id: id("文章"), ...articleFields });
export const ArticleIdInput = z.object({ id: id("文章") });
export const ColumnIdInput = z.object({ id: id("专栏") });

/** The columns one column's article list (/columns/[slug]) sorts by (?sort=). */
export const COLUMN_ARTICLE_SORTS = ["title", "publishedAt", "views", "readers"] as const;
export type ColumnArticleSort = (typeof COLUMN_ARTICLE_SORTS)[number];

/** ?q=&sort=&dir=&page= of one column's article list and its export: the keyword searches titles. */
export const ArticleListFilter = z.object({
  q: keyword,
  ...sortFields(COLUMN_ARTICLE_SORTS),
  page,
});
export type ArticleListFilter = z.infer<typeof ArticleListFilter>;

/** The columns 政治处's article list sorts by (?sort=). */
export const ARTICLE_SORTS = [
  "title",
  "column",
  "author",
  "publishedAt",
  "views",
  "readers",
] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

/** ?q=&columnId=&sort=&dir=&page= of /columns/manage's article list and its export. */
export const ManageArticleListFilter = z.object({
  q: keyword,
  ...sortFields(ARTICLE_SORTS),
  columnId: z.string().trim().max(40).optional().catch(undefined),
  page,
});
export type ManageArticleListFilter = z.infer<typeof ManageArticleListFilter>;
