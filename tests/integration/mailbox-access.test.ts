// 检察长信箱 on a real database, part 2: IDOR for every role that is not the
// chief or the delegate, the state machine, receipts and bad input.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import {
  changeLetterStatus,
  openLetterFollowUp,
  postSignedFollowUp,
  replyLetter,
  sendAnonymousLetter,
  sendSignedLetter,
} from "@/lib/mailbox/actions";
import { getMyLetter, listInbox, readLetter } from "@/lib/mailbox/queries";

import {
  anonymousLetter,
  makeMailboxPeople,
  NOT_FOUND,
  session,
  signedLetter,
  type U,
} from "./fixtures/mailbox";
import { actAs } from "./helpers";

let chief: U, delegate: U, otherLeader: U, office: U, head: U, staff: U, writer: U;

beforeAll(async () => {
  ({ chief, delegate, otherLeader, office, head, staff, writer } = await makeMailboxPeople());
});

describe("IDOR: only the chief and the delegate", () => {
  it("returns not found to everyone else, for reading, replying, state changes and follow-ups", async () => {
    const anon = await anonymousLetter(writer);
    const signed = await signedLetter(writer);
    for (const u of [staff, head, otherLeader, office, writer]) {
      const s = await session(u);
      for (const id of [anon.id, signed]) {
        expect(await readLetter(s, id, "10.0.0.1"), u.username).toBeNull();
        const reply = await replyLetter({ id, body: "越权答复" });
        const state = await changeLetterStatus({ id, command: "acknowledge" });
        const fu = await openLetterFollowUp({ id });
        if (u === staff || u === head || u === writer) {
          // No "mailbox.handle" at all: refused before any database read.
          for (const r of [reply, state, fu]) expect(r).toMatchObject({ ok: false });
        } else {
          for (const r of [reply, state, fu]) expect(r, u.username).toEqual(NOT_FOUND);
        }
      }
      expect(await listInbox(s, { page: 1 })).toBeNull();
    }
    // Another person's signed letter is not in anyone else's "我的来信".
    expect(await getMyLetter(await session(staff), signed)).toBeNull();
    expect(await postSignedFollowUp({ id: signed, body: "冒充追加" })).toEqual(NOT_FOUND);
    expect(await db.mailboxEntry.count({ where: { messageId: { in: [anon.id, signed] } } })).toBe(
      2,
    );
    expect((await db.mailboxMessage.findUniqueOrThrow({ where: { id: signed } })).status).toBe(
      "NEW",
    );
    // The writer does see their own signed letter.
    expect((await getMyLetter(await session(writer), signed))?.subject).toBe(
      "关于完善值班制度的建议",
    );
  });

  it("lets the chief and the delegate read, and audits the read with the handler only", async () => {
    const signed = await signedLetter(writer);
    for (const u of [chief, delegate]) {
      const t = await readLetter(await session(u), signed, "10.0.0.9");
      expect(t?.subject).toBe("关于完善值班制度的建议");
      expect(t?.authorName).toContain("测试");
      const row = await db.auditLog.findFirstOrThrow({
        where: { action: "mailbox.read", objectId: signed, userId: u.id },
      });
      expect(row.result).toBe("SUCCESS");
      expect(row.detail ?? "").not.toContain(writer.id);
    }
    expect((await listInbox(await session(chief), { page: 1 }))!.total).toBeGreaterThan(0);
  });
});

describe("handling and the state machine", () => {
  it("acknowledges, replies (notifying a signed writer), reopens on a follow-up, closes", async () => {
    const id = await signedLetter(writer);
    await actAs(chief);
    expect(await changeLetterStatus({ id, command: "close" })).toMatchObject({
      ok: false,
      message: "只有已答复的来信才能办结",
    });
    expect(await changeLetterStatus({ id, command: "acknowledge" })).toMatchObject({
      ok: true,
      data: { status: "ACKNOWLEDGED" },
    });
    expect(await changeLetterStatus({ id, command: "acknowledge" })).toMatchObject({
      ok: false,
      message: "只有新来信才能签收",
    });
    expect(await changeLetterStatus({ id, command: "start" })).toMatchObject({
      ok: true,
      data: { status: "IN_PROGRESS" },
    });
    expect(await replyLetter({ id, body: "" })).toMatchObject({
      ok: false,
      fieldErrors: { body: "请填写答复内容" },
    });
    expect(await replyLetter({ id, body: "已责成办公室研究调整值班安排。" })).toMatchObject({
      ok: true,
      data: { status: "REPLIED" },
    });
    const reply = await db.mailboxEntry.findFirstOrThrow({
      where: { messageId: id, kind: "REPLY" },
    });
    expect(reply.authorId).toBe(chief.id);
    expect(reply.bodyEnc.startsWith("v1:")).toBe(true);
    expect(
      await db.notification.count({ where: { userId: writer.id, link: `/mailbox/letters/${id}` } }),
    ).toBe(1);

    await actAs(writer);
    expect(await postSignedFollowUp({ id, body: "感谢答复，另补充一点。" })).toMatchObject({
      ok: true,
    });
    expect((await db.mailboxMessage.findUniqueOrThrow({ where: { id } })).status).toBe(
      "IN_PROGRESS",
    );

    await actAs(delegate);
    expect(await replyLetter({ id, body: "补充意见已收到。" })).toMatchObject({ ok: true });
    expect(await changeLetterStatus({ id, command: "close" })).toMatchObject({
      ok: true,
      data: { status: "CLOSED" },
    });
    expect(await replyLetter({ id, body: "再答复" })).toMatchObject({
      ok: false,
      message: "来信已办结，不能再答复",
    });

    const fu = await openLetterFollowUp({ id });
    expect(fu).toMatchObject({ ok: true });
    const followUp = await db.followUp.findFirstOrThrow({
      where: { sourceType: "MAILBOX", sourceId: id },
    });
    expect(followUp.title).toBe("检察长信箱来信督办（建议）");
    expect((await db.mailboxMessage.findUniqueOrThrow({ where: { id } })).followUpId).toBe(
      followUp.id,
    );
    expect(await openLetterFollowUp({ id })).toMatchObject({
      ok: false,
      message: "该来信已转督办",
    });
  });

  it("refuses an empty letter with a field error and writes nothing", async () => {
    const before = await db.mailboxMessage.count();
    await actAs(writer);
    expect(
      await sendAnonymousLetter({ category: "OTHER", subject: "标题", body: "   " }),
    ).toMatchObject({ ok: false, fieldErrors: { body: "请填写来信内容" } });
    expect(await sendSignedLetter({ category: "OTHER", subject: "", body: "内容" })).toMatchObject({
      ok: false,
      fieldErrors: { subject: "请填写标题" },
    });
    expect(
      await sendSignedLetter({ category: "NOPE", subject: "标题", body: "内容" }),
    ).toMatchObject({ ok: false, fieldErrors: { category: "请选择来信类别" } });
    expect(
      await sendSignedLetter({ category: "OTHER", subject: "标".repeat(61), body: "内容" }),
    ).toMatchObject({ ok: false, fieldErrors: { subject: "标题不能超过 60 个字符" } });
    expect(await db.mailboxMessage.count()).toBe(before);
  });
});
