"use server";

// /mailbox/track: the anonymous writer, holding only the access code, reads
// the thread and adds a follow-up. Sessionless by design, so declared through
// publicAction (see its comment for why this path is separate from action()).
// The follow-up carries the day only and names no one.
import { encryptText } from "../crypto";
import { ConflictError } from "../errors";
import { hashAccessCode, randomLetterId, shanghaiDay } from "./ids";
import { publicAction, WrongCodeError } from "./public-action";
import { AccessCodeInput, TrackFollowUpInput } from "./schemas";
import { LETTER_REFUSAL, nextLetterStatus, statusesAllowing } from "./state";
import { loadThread } from "./thread";

export const openTrackedLetter = publicAction({ input: AccessCodeInput }, async ({ db, input }) => {
  const t = await loadThread(db, { accessCodeHash: hashAccessCode(input.code), anonymous: true });
  if (!t) throw new WrongCodeError();
  // The writer sees the thread but not the internal id or follow-up link.
  return {
    category: t.category,
    status: t.status,
    receivedOn: t.receivedOn,
    subject: t.subject,
    entries: t.entries.map((e) => ({ id: e.id, kind: e.kind, body: e.body, postedOn: e.postedOn })),
  };
});

export const postTrackedFollowUp = publicAction(
  { input: TrackFollowUpInput },
  async ({ db, input, now }) => {
    const m = await db.mailboxMessage.findFirst({
      where: { accessCodeHash: hashAccessCode(input.code), anonymous: true },
      select: { id: true, status: true },
    });
    if (!m) throw new WrongCodeError();
    const next = nextLetterStatus(m.status, "writerFollowUp");
    if (!next) throw new ConflictError(LETTER_REFUSAL.writerFollowUp);
    // Status only: statusChangedAt would date the writer's visit.
    const res = await db.mailboxMessage.updateMany({
      where: { id: m.id, status: { in: statusesAllowing("writerFollowUp") } },
      data: { status: next },
    });
    if (res.count !== 1) throw new ConflictError(LETTER_REFUSAL.writerFollowUp);
    await db.mailboxEntry.create({
      data: {
        id: randomLetterId("e"),
        messageId: m.id,
        kind: "WRITER",
        authorId: null,
        bodyEnc: encryptText(input.body),
        postedOn: shanghaiDay(now),
      },
    });
    return { status: next };
  },
);
