// The 检察长信箱 inbox as its handler sees it: the 检察长 and the delegate
// only (object-level check on top of the role table), filtered by status and
// category, searched by subject, sorted through the URL, paginated for the
// page and streamed page by page for the XLSX export, which therefore holds
// exactly the rows the screen would. Never a letter's body; an anonymous
// letter never has an author.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { inPages } from "../batches";
import { decryptText } from "../crypto";
import { db } from "../db";
import { isMailboxHandler } from "./handlers";
import type { InboxFilter, InboxSort } from "./schemas";

export const INBOX_PER_PAGE = 20;

export async function canHandleMailbox(user: SessionUser): Promise<boolean> {
  return can(user.roles, "mailbox.handle") && (await isMailboxHandler(db, user.id));
}

const inboxSelect = {
  id: true,
  category: true,
  anonymous: true,
  status: true,
  receivedOn: true,
  subjectEnc: true,
  followUpId: true,
  author: { select: { realName: true } },
} satisfies Prisma.MailboxMessageSelect;

type Raw = Prisma.MailboxMessageGetPayload<{ select: typeof inboxSelect }>;

/** A row as the screen and the file show it: the subject decrypted, no author for an anonymous letter. */
function shown({ subjectEnc, author, ...r }: Raw) {
  return {
    ...r,
    subject: decryptText(subjectEnc),
    authorName: r.anonymous ? null : (author?.realName ?? null),
  };
}
export type InboxRow = ReturnType<typeof shown>;

/**
 * The inbox's where: status and category, and for a keyword the letters whose
 * subject holds it. Subjects are sealed, so they are decrypted here and the
 * matches named by id.
 */
async function inboxWhere(f: InboxFilter): Promise<Prisma.MailboxMessageWhereInput> {
  const base: Prisma.MailboxMessageWhereInput = {
    AND: [f.status ? { status: f.status } : {}, f.category ? { category: f.category } : {}],
  };
  if (!f.q) return base;
  const q = f.q.toLowerCase();
  const all = await db.mailboxMessage.findMany({
    where: base,
    select: { id: true, subjectEnc: true },
  });
  const ids = all.filter((m) => decryptText(m.subjectEnc).toLowerCase().includes(q));
  return { AND: [base, { id: { in: ids.map((m) => m.id) } }] };
}

/** The inbox's order (?sort=&dir=), newest first by default, always ending on the id. */
function inboxOrder(f: InboxFilter): Prisma.MailboxMessageOrderByWithRelationInput[] {
  const dir = f.dir ?? (f.sort && f.sort !== "receivedOn" ? "asc" : "desc");
  const first: Record<InboxSort, Prisma.MailboxMessageOrderByWithRelationInput> = {
    receivedOn: { receivedOn: dir },
    status: { status: dir },
    category: { category: dir },
  };
  return [first[f.sort ?? "receivedOn"], { receivedOn: "desc" }, { id: "asc" }];
}

/** The handler's inbox page, with the count per status; null for anyone else (→ 404). */
export async function listInbox(user: SessionUser, f: InboxFilter) {
  if (!(await canHandleMailbox(user))) return null;
  const where = await inboxWhere(f);
  const [total, rows, counts] = await Promise.all([
    db.mailboxMessage.count({ where }),
    db.mailboxMessage.findMany({
      where,
      orderBy: inboxOrder(f),
      skip: (f.page - 1) * INBOX_PER_PAGE,
      take: INBOX_PER_PAGE,
      select: inboxSelect,
    }),
    db.mailboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / INBOX_PER_PAGE)),
    byStatus: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<
      string,
      number
    >,
    rows: rows.map(shown),
  };
}

/** Every row of the handler's inbox, filtered and sorted alike, page by page (the export); null for anyone else. */
export async function allInboxRows(
  user: SessionUser,
  f: InboxFilter,
): Promise<AsyncGenerator<InboxRow[]> | null> {
  if (!(await canHandleMailbox(user))) return null;
  const where = await inboxWhere(f);
  const orderBy = inboxOrder(f);
  return inPages(async (skip, take) =>
    (await db.mailboxMessage.findMany({ where, orderBy, skip, take, select: inboxSelect })).map(
      shown,
    ),
  );
}
