// Mailbox reads. Writers see only their own signed letters; the inbox is the
// 检察长's and the delegate's alone (object-level check on top of the role
// table); everyone else reads nothing, and an id that is not theirs is a 404.
import "server-only";

import { auditRead } from "../audit/read";
import type { SessionUser } from "../auth/session";
import { firstRowsAndTotal } from "../counts";
import { db } from "../db";
import { HANDLER_ROLES, isMailboxHandler, mailboxHandlers } from "./handlers";
import { canHandleMailbox } from "./inbox";
import { myLettersWhere, shownLetter } from "./my-letters";
import { loadThread } from "./thread";

// Other domains ask through this module whether someone handles the mailbox.
export { isMailboxHandler };
export { LETTER_CATEGORY_LABELS, LETTER_STATUS_LABELS } from "./labels";

export { allInboxRows, canHandleMailbox, INBOX_PER_PAGE, listInbox, type InboxRow } from "./inbox";
export { listMyLetterPage, myLetterSortOf, type MyLetterRow } from "./my-letters";

/** The writer's latest signed letters (the 我的 page). Anonymous letters have no author and never appear. */
export async function listMyLetters(user: SessionUser, take = 100) {
  const rows = await db.mailboxMessage.findMany({
    where: myLettersWhere(user),
    orderBy: [{ receivedOn: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      category: true,
      status: true,
      receivedOn: true,
      subjectEnc: true,
      _count: { select: { entries: { where: { kind: "REPLY" } } } },
    },
  });
  return rows.map(shownLetter);
}

/** "我的" page: how many signed letters the writer sent, and the latest few. */
export async function myLettersOverview(user: SessionUser, take = 5) {
  return firstRowsAndTotal(
    take,
    (n) => listMyLetters(user, n),
    () => db.mailboxMessage.count({ where: myLettersWhere(user) }),
  );
}

export async function getMyLetter(user: SessionUser, id: string) {
  return loadThread(db, { id, authorId: user.id, anonymous: false });
}

/**
 * One letter for the 检察长 or delegate, decrypted. Each read is audited
 * (docs/security.md item 21) with the handler as the actor; the row never names the
 * writer. Anyone else gets null (→ 404) and a NOT_FOUND row.
 */
export async function readLetter(user: SessionUser, id: string, ip: string) {
  const allowed = await canHandleMailbox(user);
  const t = allowed ? await loadThread(db, { id }, { withAuthor: true }) : null;
  await auditRead(user, {
    action: "mailbox.read",
    objectType: "MailboxMessage",
    objectId: id,
    found: !!t,
    ip,
  });
  return t;
}

/** For SYS_ADMIN's settings page: who handles the mailbox, and who may be named. */
export async function mailboxSettings() {
  const [current, candidates] = await Promise.all([
    mailboxHandlers(db),
    db.user.findMany({
      where: { status: "ACTIVE", roles: { some: { role: { in: [...HANDLER_ROLES] } } } },
      orderBy: [{ employeeNo: "asc" }],
      select: { id: true, realName: true, position: true, department: { select: { name: true } } },
    }),
  ]);
  return {
    ...current,
    candidates: candidates.map((c) => ({
      id: c.id,
      label: `${c.realName}（${c.department?.name ?? "—"} · ${c.position || "—"}）`,
    })),
  };
}
