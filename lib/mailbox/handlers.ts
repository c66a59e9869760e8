// Who may read and answer the mailbox: the 检察长 and one delegate, kept in
// Settings by SYS_ADMIN (docs/security.md item 11). The role table gives
// "mailbox.handle" to LEADER and 政治处; this object-level check narrows it to
// the two named people. Everyone else gets a 404.
import "server-only";

import { rolesWith } from "../auth/permissions";
import type { Tx } from "../db";
import { NotFoundError } from "../errors";

export const CHIEF_KEY = "mailbox.chief";
export const DELEGATE_KEY = "mailbox.delegate";
/** Roles that carry "mailbox.handle": the only people SYS_ADMIN may name. */
export const HANDLER_ROLES = rolesWith("mailbox.handle");

type Reader = Pick<Tx, "setting" | "user">;

export async function mailboxHandlers(
  db: Reader,
): Promise<{ chiefId: string | null; delegateId: string | null }> {
  const rows = await db.setting.findMany({
    where: { key: { in: [CHIEF_KEY, DELEGATE_KEY] } },
    select: { key: true, value: true },
  });
  const get = (k: string) => rows.find((r) => r.key === k)?.value || null;
  let chiefId = get(CHIEF_KEY);
  if (!chiefId) {
    // Unset: the LEADER whose position is 检察长.
    const chief = await db.user.findFirst({
      where: { status: "ACTIVE", position: "检察长", roles: { some: { role: "LEADER" } } },
      orderBy: { username: "asc" },
      select: { id: true },
    });
    chiefId = chief?.id ?? null;
  }
  return { chiefId, delegateId: get(DELEGATE_KEY) };
}

export async function isMailboxHandler(db: Reader, userId: string): Promise<boolean> {
  const h = await mailboxHandlers(db);
  return userId === h.chiefId || userId === h.delegateId;
}

/** Throws the same 404 as a missing letter for anyone but the chief and delegate. */
export async function assertMailboxHandler(db: Reader, userId: string): Promise<void> {
  if (!(await isMailboxHandler(db, userId))) throw new NotFoundError();
}
