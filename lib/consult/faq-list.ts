// The 政策解读 list (/consult/faq, issue 15 item 5), open to every staff role
// (consult.ask): searched by question, answer or topic, filtered by topic and
// sorted (published date, question) through the URL, 20 a page. One where and
// one order (ending on the id), read a page at a time for the screen and page
// by page for the XLSX export, which therefore holds exactly the rows, in the
// order, the screen would. FaqEntry's own columns only: never a join to the
// consultation it came from, or to who asked it.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages } from "../batches";
import { db } from "../db";
import type { Sort } from "../list-sort";
import { TAG_LABELS, TAGS, type FaqFilter, type FaqSort } from "./schemas";

export const FAQ_PER_PAGE = 20;

const faqSelect = {
  id: true,
  question: true,
  answer: true,
  tags: true,
  publishedAt: true,
} satisfies Prisma.FaqEntrySelect;

type FaqRecord = Prisma.FaqEntryGetPayload<{ select: typeof faqSelect }>;
const toRow = (r: FaqRecord) => ({ ...r, tags: r.tags ? r.tags.split(",") : [] });
export type FaqRow = ReturnType<typeof toRow>;

type Filter = Pick<FaqFilter, "page"> & Partial<FaqFilter>;

/** The sort in effect: a declared column of the URL, else the newest first. */
export function faqSortOf(f: Filter): Sort<FaqSort> {
  if (!f.sort) return { key: "publishedAt", dir: "desc" };
  return { key: f.sort, dir: f.dir ?? (f.sort === "publishedAt" ? "desc" : "asc") };
}

function faqWhere(f: Filter): Prisma.FaqEntryWhereInput {
  const q = f.q;
  // A keyword also finds the topics whose name holds it (tags are stored as codes).
  const topics = q ? TAGS.filter((t) => TAG_LABELS[t].includes(q)) : [];
  return {
    AND: [
      f.tag ? { tags: { contains: f.tag } } : {},
      q
        ? {
            OR: [
              { question: { contains: q } },
              { answer: { contains: q } },
              ...topics.map((t) => ({ tags: { contains: t } })),
            ],
          }
        : {},
    ],
  };
}

function faqOrder(f: Filter): Prisma.FaqEntryOrderByWithRelationInput[] {
  const { key, dir } = faqSortOf(f);
  const first = key === "question" ? { question: dir } : { publishedAt: dir };
  return [first, { publishedAt: "desc" }, { id: "asc" }];
}

/** A page of the published FAQ, searched, filtered and sorted. */
export async function listFaq(f: Filter) {
  const where = faqWhere(f);
  const [total, rows] = await Promise.all([
    db.faqEntry.count({ where }),
    db.faqEntry.findMany({
      where,
      orderBy: faqOrder(f),
      skip: (f.page - 1) * FAQ_PER_PAGE,
      take: FAQ_PER_PAGE,
      select: faqSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / FAQ_PER_PAGE)), rows: rows.map(toRow) };
}

/** Every row of the list, filtered and sorted alike, page by page (the export). */
export async function* allFaqRows(f: FaqFilter): AsyncGenerator<FaqRow[]> {
  const where = faqWhere(f);
  const orderBy = faqOrder(f);
  for await (const rows of inPages((skip, take) =>
    db.faqEntry.findMany({ where, orderBy, skip, take, select: faqSelect }),
  ))
    yield rows.map(toRow);
}
