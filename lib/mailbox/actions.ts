"use server";

// 检察长信箱 writes. Signed letters go through action() like everything else.
// Anonymous letters are declared with `anonymous: true` and their handler
// never touches `user`: no user id, session, IP or user agent, no exact time
// and no cuid (which embeds one) is stored (docs/security.md item 17). The receipt is
// audited later, per day (lib/mailbox/receipts.ts). Only the 检察长 and the
// delegate may handle letters (lib/mailbox/handlers.ts).
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { encryptText } from "../crypto";
import type { Tx } from "../db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { openFollowUp } from "../follow-ups/open";
import { notify } from "../notifications/notify";
import { assertMailboxHandler, CHIEF_KEY, DELEGATE_KEY, HANDLER_ROLES } from "./handlers";
import { hashAccessCode, newAccessCode, randomLetterId, shanghaiDay } from "./ids";
import { categoryLabel } from "./labels";
import {
  FollowUpMessageInput,
  LetterIdInput,
  LetterInput,
  MailboxSettingsInput,
  ReplyInput,
  StatusCommandInput,
} from "./schemas";
import { LETTER_REFUSAL, nextLetterStatus, statusesAllowing, type LetterCommand } from "./state";

async function moveLetter(
  db: Tx,
  id: string,
  command: LetterCommand,
  data: Record<string, unknown> = {},
) {
  const m = await db.mailboxMessage.findUnique({ where: { id }, select: { status: true } });
  if (!m) throw new NotFoundError();
  const next = nextLetterStatus(m.status, command);
  if (!next) throw new ConflictError(LETTER_REFUSAL[command]);
  const res = await db.mailboxMessage.updateMany({
    where: { id, status: { in: statusesAllowing(command) } },
    data: { ...data, status: next },
  });
  if (res.count !== 1) throw new ConflictError(LETTER_REFUSAL[command]);
  return next;
}

export const sendSignedLetter = action(
  { name: "mailbox.send", permission: "mailbox.write", input: LetterInput },
  async ({ db, user, input, audit }) => {
    const id = randomLetterId();
    const day = shanghaiDay();
    await db.mailboxMessage.create({
      data: {
        id,
        category: input.category,
        anonymous: false,
        authorId: user.id,
        receivedOn: day,
        subjectEnc: encryptText(input.subject),
        status: "NEW",
      },
    });
    await db.mailboxEntry.create({
      data: {
        id: randomLetterId("e"),
        messageId: id,
        kind: "WRITER",
        authorId: user.id,
        bodyEnc: encryptText(input.body),
        postedOn: day,
      },
    });
    Object.assign(audit, {
      objectType: "MailboxMessage",
      objectId: id,
      detail: { category: input.category },
    });
    revalidatePath("/mailbox");
    return { id };
  },
);

export const sendAnonymousLetter = action(
  {
    name: "mailbox.send.anonymous",
    permission: "mailbox.write",
    input: LetterInput,
    anonymous: true,
  },
  // `user` is deliberately not destructured: nothing of the writer is written.
  async ({ db, input }) => {
    const code = newAccessCode();
    const id = randomLetterId();
    const day = shanghaiDay();
    await db.mailboxMessage.create({
      data: {
        id,
        category: input.category,
        anonymous: true,
        authorId: null,
        receivedOn: day,
        subjectEnc: encryptText(input.subject),
        accessCodeHash: hashAccessCode(code),
        status: "NEW",
      },
    });
    await db.mailboxEntry.create({
      data: {
        id: randomLetterId("e"),
        messageId: id,
        kind: "WRITER",
        authorId: null,
        bodyEnc: encryptText(input.body),
        postedOn: day,
      },
    });
    // No notification to the handlers: its createdAt would date the letter to the second.
    return { code };
  },
);

/** A signed writer adds to their own letter's thread. */
export const postSignedFollowUp = action(
  { name: "mailbox.followup.post", permission: "mailbox.write", input: FollowUpMessageInput },
  async ({ db, user, input, audit }) => {
    const m = await db.mailboxMessage.findFirst({
      where: { id: input.id, authorId: user.id, anonymous: false },
      select: { id: true },
    });
    if (!m) throw new NotFoundError();
    await moveLetter(db, m.id, "writerFollowUp");
    await db.mailboxEntry.create({
      data: {
        id: randomLetterId("e"),
        messageId: m.id,
        kind: "WRITER",
        authorId: user.id,
        bodyEnc: encryptText(input.body),
        postedOn: shanghaiDay(),
      },
    });
    Object.assign(audit, { objectType: "MailboxMessage", objectId: m.id });
    revalidatePath(`/mailbox/letters/${m.id}`);
    return { id: m.id };
  },
);

// ---- the 检察长 and the delegate ------------------------------------------

export const changeLetterStatus = action(
  { name: "mailbox.status", permission: "mailbox.handle", input: StatusCommandInput },
  async ({ db, user, input, audit }) => {
    await assertMailboxHandler(db, user.id);
    const status = await moveLetter(db, input.id, input.command, { statusChangedAt: new Date() });
    Object.assign(audit, { objectType: "MailboxMessage", objectId: input.id, detail: { status } });
    revalidatePath(`/mailbox/inbox/${input.id}`);
    return { id: input.id, status };
  },
);

export const replyLetter = action(
  { name: "mailbox.reply", permission: "mailbox.handle", input: ReplyInput },
  async ({ db, user, input, audit }) => {
    await assertMailboxHandler(db, user.id);
    const now = new Date();
    const status = await moveLetter(db, input.id, "reply", { statusChangedAt: now });
    await db.mailboxEntry.create({
      data: {
        id: randomLetterId("e"),
        messageId: input.id,
        kind: "REPLY",
        authorId: user.id,
        bodyEnc: encryptText(input.body),
        postedOn: shanghaiDay(now),
        postedAt: now,
      },
    });
    const m = await db.mailboxMessage.findUniqueOrThrow({
      where: { id: input.id },
      select: { anonymous: true, authorId: true },
    });
    if (!m.anonymous)
      await notify(db, [m.authorId], {
        title: "您的检察长信箱来信已收到答复",
        body: "请在“我的来信”中查看答复。",
        link: `/mailbox/letters/${input.id}`,
      });
    Object.assign(audit, { objectType: "MailboxMessage", objectId: input.id, detail: { status } });
    revalidatePath(`/mailbox/inbox/${input.id}`);
    return { id: input.id, status };
  },
);

export const openLetterFollowUp = action(
  { name: "mailbox.followup.open", permission: "mailbox.handle", input: LetterIdInput },
  async ({ db, user, input, audit }) => {
    await assertMailboxHandler(db, user.id);
    const m = await db.mailboxMessage.findUnique({
      where: { id: input.id },
      select: { id: true, category: true, followUpId: true },
    });
    if (!m) throw new NotFoundError();
    if (m.followUpId) throw new ConflictError("该来信已转督办");
    // A neutral title: the board is seen by more people than the mailbox.
    const fu = await openFollowUp(db, {
      sourceType: "MAILBOX",
      sourceId: m.id,
      title: `检察长信箱来信督办（${categoryLabel(m.category)}）`,
      createdById: user.id,
    });
    const res = await db.mailboxMessage.updateMany({
      where: { id: m.id, followUpId: null },
      data: { followUpId: fu.id },
    });
    if (res.count !== 1) throw new ConflictError("该来信已转督办");
    Object.assign(audit, {
      objectType: "MailboxMessage",
      objectId: m.id,
      detail: { followUpId: fu.id },
    });
    revalidatePath(`/mailbox/inbox/${m.id}`);
    return { id: m.id, followUpId: fu.id };
  },
);

// ---- SYS_ADMIN: who handles the mailbox -------------------------------------

export const saveMailboxSettings = action(
  {
    name: "admin.mailbox.settings",
    permission: "admin.setting.manage",
    input: MailboxSettingsInput,
  },
  async ({ db, input, audit }) => {
    if (input.delegateId && input.delegateId === input.chiefId)
      throw new ValidationError("委托人不能与检察长为同一人", {
        delegateId: "委托人不能与检察长为同一人",
      });
    const ids = [input.chiefId, ...(input.delegateId ? [input.delegateId] : [])];
    const ok = await db.user.count({
      where: {
        id: { in: ids },
        status: "ACTIVE",
        roles: { some: { role: { in: [...HANDLER_ROLES] } } },
      },
    });
    if (ok !== ids.length)
      throw new ValidationError("所选人员无效", { chiefId: "请从在职的院领导或政治处人员中选择" });
    await db.setting.upsert({
      where: { key: CHIEF_KEY },
      create: { key: CHIEF_KEY, value: input.chiefId },
      update: { value: input.chiefId },
    });
    await db.setting.upsert({
      where: { key: DELEGATE_KEY },
      create: { key: DELEGATE_KEY, value: input.delegateId ?? "" },
      update: { value: input.delegateId ?? "" },
    });
    Object.assign(audit, {
      objectType: "Setting",
      objectId: CHIEF_KEY,
      detail: { chiefId: input.chiefId, delegateId: input.delegateId },
    });
    revalidatePath("/admin/mailbox");
    return { chiefId: input.chiefId, delegateId: input.delegateId };
  },
);
