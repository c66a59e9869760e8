// One's own letters (/mailbox, 我的来信) as the writer works with them (issue
// 15 item 5): only the writer's signed letters — an anonymous letter has no
// author and never appears — filtered by category and state, searched by
// subject (sealed, so matched after decryption, among the writer's own
// letters only), sorted through the URL, a page at a time for the page and
// page by page for the XLSX export, which therefore holds exactly the rows
// the same writer's page shows. Never a letter's body.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import type { SessionUser } from "../auth/session";
import { inPages } from "../batches";
import { decryptText } from "../crypto";
import { db } from "../db";
import type { Sort } from "../list-sort";
import type { MyLettersFilter, MyLetterSort } from "./schemas";

export const MY_LETTERS_PER_PAGE = 20;

/** The writer's own signed letters. Anonymous letters have no author and never appear. */
export const myLettersWhere = (user: Pick<SessionUser, "id">) => ({
  authorId: user.id,
  anonymous: false,
});

const myLetterSelect = {
  id: true,
  category: true,
  status: true,
  receivedOn: true,
  subjectEnc: true,
  _count: { select: { entries: { where: { kind: "REPLY" } } } },
} satisfies Prisma.MailboxMessageSelect;

type Raw = Prisma.MailboxMessageGetPayload<{ select: typeof myLetterSelect }>;

/** A row as the page and the file show it: the subject decrypted, the number of replies. */
export function shownLetter({ subjectEnc, _count, ...r }: Raw) {
  return { ...r, subject: decryptText(subjectEnc), replies: _count.entries };
}
export type MyLetterRow = ReturnType<typeof shownLetter>;

async function myLettersListWhere(
  user: SessionUser,
  f: MyLettersFilter,
): Promise<Prisma.MailboxMessageWhereInput> {
  const base: Prisma.MailboxMessageWhereInput = {
    AND: [
      myLettersWhere(user),
      f.status ? { status: f.status } : {},
      f.category ? { category: f.category } : {},
    ],
  };
  if (!f.q) return base;
  const q = f.q.toLowerCase();
  const mine = await db.mailboxMessage.findMany({
    where: base,
    select: { id: true, subjectEnc: true },
  });
  const ids = mine.filter((m) => decryptText(m.subjectEnc).toLowerCase().includes(q));
  return { AND: [base, { id: { in: ids.map((m) => m.id) } }] };
}

/** The sort in effect: a declared column (ascending unless ?dir=), or the newest first. */
export function myLetterSortOf(f: MyLettersFilter): Sort<MyLetterSort> {
  return {
    key: f.sort ?? "receivedOn",
    dir: f.dir ?? (f.sort && f.sort !== "receivedOn" ? "asc" : "desc"),
  };
}

function myLettersOrder(f: MyLettersFilter): Prisma.MailboxMessageOrderByWithRelationInput[] {
  const { key, dir } = myLetterSortOf(f);
  return [{ [key]: dir }, { receivedOn: "desc" }, { id: "asc" }];
}

/** A page of the writer's own letters, filtered and sorted through the URL. */
export async function listMyLetterPage(user: SessionUser, f: MyLettersFilter) {
  const where = await myLettersListWhere(user, f);
  const [total, rows] = await Promise.all([
    db.mailboxMessage.count({ where }),
    db.mailboxMessage.findMany({
      where,
      orderBy: myLettersOrder(f),
      skip: (f.page - 1) * MY_LETTERS_PER_PAGE,
      take: MY_LETTERS_PER_PAGE,
      select: myLetterSelect,
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / MY_LETTERS_PER_PAGE)),
    rows: rows.map(shownLetter),
  };
}

/** Every one of the writer's letters, filtered and sorted alike, page by page (the export). */
export async function allMyLetterRows(
  user: SessionUser,
  f: MyLettersFilter,
): Promise<AsyncGenerator<MyLetterRow[]>> {
  const where = await myLettersListWhere(user, f);
  const orderBy = myLettersOrder(f);
  return inPages(async (skip, take) =>
    (await db.mailboxMessage.findMany({ where, orderBy, skip, take, select: myLetterSelect })).map(
      shownLetter,
    ),
  );
}
