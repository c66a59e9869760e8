// 检察长信箱 on a real database: the anonymity canary (every table scanned),
// IDOR for every role that is not the chief or the delegate, the access code
// and its hourly throttle, the state machine, receipts and bad input.
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { loadSessionUser } from "@/lib/auth/session";
import { db, dbProvider } from "@/lib/db";
import {
  changeLetterStatus,
  openLetterFollowUp,
  postSignedFollowUp,
  replyLetter,
  saveMailboxSettings,
  sendAnonymousLetter,
  sendSignedLetter,
} from "@/lib/mailbox/actions";
import { hashAccessCode } from "@/lib/mailbox/ids";
import { setPublicClock, TOO_MANY_TRIES } from "@/lib/mailbox/public-action";
import { getMyLetter, listInbox, listMyLetters, readLetter } from "@/lib/mailbox/queries";
import { RECEIPTS_KEY, recordAnonymousReceipts } from "@/lib/mailbox/receipts";
import { openTrackedLetter, postTrackedFollowUp } from "@/lib/mailbox/track-actions";

import { actAs, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";
import { testRequest } from "./setup";

type U = { id: string; username: string };
let dept: { id: string };
let chief: U, delegate: U, otherLeader: U, office: U, head: U, staff: U, writer: U, admin: U;
const NOT_FOUND = { ok: false, message: "记录不存在或您无权查看" };
const CANARY_IP = "10.77.77.77";

async function session(u: U) {
  return (await loadSessionUser(await actAs(u)))!;
}

async function anonymousLetter(as: U, body = "匿名来信内容") {
  await actAs(as);
  const r = await sendAnonymousLetter({ category: "PROBLEM", subject: "反映食堂问题", body });
  expect(r.ok).toBe(true);
  const code = dataOf(r).code;
  const m = await db.mailboxMessage.findUniqueOrThrow({
    where: { accessCodeHash: hashAccessCode(code) },
  });
  return { code, id: m.id };
}

async function signedLetter(as: U) {
  await actAs(as);
  const r = await sendSignedLetter({
    category: "SUGGESTION",
    subject: "关于完善值班制度的建议",
    body: "建议节假日值班轮换更均衡。",
  });
  expect(r.ok).toBe(true);
  return dataOf(r).id;
}

/** Every row of every table, as text, with its table name. */
async function allRows(): Promise<{ table: string; text: string }[]> {
  const tables: { name: string }[] =
    dbProvider === "postgresql"
      ? await db.$queryRawUnsafe(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
        )
      : await db.$queryRawUnsafe(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
        );
  expect(tables.length).toBeGreaterThan(20);
  const out: { table: string; text: string }[] = [];
  for (const { name } of tables) {
    const rows: Record<string, unknown>[] = await db.$queryRawUnsafe(`SELECT * FROM "${name}"`);
    for (const row of rows)
      out.push({
        table: name,
        text: JSON.stringify(row, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
      });
  }
  return out;
}

beforeAll(async () => {
  dept = await makeDepartment();
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  chief = await makeUser({ roles: ["LEADER", "STAFF"] });
  otherLeader = await makeUser({ roles: ["LEADER", "STAFF"] });
  delegate = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  head = await makeUser({ roles: ["DEPT_HEAD", "STAFF"], departmentId: dept.id });
  staff = await makeUser({ departmentId: dept.id });
  writer = await makeUser({ departmentId: dept.id });
  await actAs(admin);
  expect(await saveMailboxSettings({ chiefId: chief.id, delegateId: delegate.id })).toMatchObject({
    ok: true,
  });
});

afterEach(() => {
  testRequest.ip = "10.1.2.3";
  setPublicClock(null);
});

describe("mailbox settings", () => {
  it("only SYS_ADMIN names the handlers, and only from leaders and 政治处", async () => {
    await actAs(chief);
    expect(await saveMailboxSettings({ chiefId: chief.id })).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    await actAs(admin);
    expect(await saveMailboxSettings({ chiefId: staff.id })).toMatchObject({
      ok: false,
      fieldErrors: { chiefId: expect.any(String) },
    });
    expect(await saveMailboxSettings({ chiefId: chief.id, delegateId: chief.id })).toMatchObject({
      ok: false,
      fieldErrors: { delegateId: expect.any(String) },
    });
    expect((await db.setting.findUniqueOrThrow({ where: { key: "mailbox.chief" } })).value).toBe(
      chief.id,
    );
  });
});

describe("anonymity canary", () => {
  it("leaves nothing of the writer near the letter, anywhere in the database", async () => {
    const me = await makeUser({ departmentId: dept.id, realName: "金丝雀测试员" });
    testRequest.ip = CANARY_IP;
    const auditBefore = (await db.auditLog.aggregate({ _max: { seq: true } }))._max.seq ?? 0;
    const canary = `CANARY-${Date.now()}-食堂饭菜问题`;
    const { id, code } = await anonymousLetter(me, `我要反映：${canary}`);
    // And a follow-up through the tracking page, from the same address.
    expect(await postTrackedFollowUp({ code, body: `补充：${canary}` })).toMatchObject({
      ok: true,
    });

    expect(id).toMatch(/^m[0-9a-z]{24}$/);
    const msg = await db.mailboxMessage.findUniqueOrThrow({
      where: { id },
      include: { entries: true },
    });
    expect(msg).toMatchObject({ anonymous: true, authorId: null, statusChangedAt: null });
    expect(msg.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(msg.entries).toHaveLength(2);
    for (const e of msg.entries) expect(e).toMatchObject({ authorId: null, postedAt: null });

    const needles = [me.id, me.username, CANARY_IP, "金丝雀测试员"];
    const rows = await allRows();
    const near = rows.filter(
      (r) => r.text.includes(id) || r.table === "MailboxMessage" || r.table === "MailboxEntry",
    );
    expect(near.length).toBeGreaterThanOrEqual(3);
    for (const r of near)
      for (const n of needles) expect(r.text, `${r.table} holds ${n}`).not.toContain(n);
    // The plaintext is nowhere: subject and bodies are encrypted.
    for (const r of rows) expect(r.text, r.table).not.toContain(canary);
    // The code itself is stored only as a hash.
    for (const r of rows) expect(r.text, r.table).not.toContain(code);

    // No audit row since the send names the writer with the letter, or the address with the mailbox.
    const audit = await db.auditLog.findMany({ where: { seq: { gt: auditBefore } } });
    expect(audit.filter((a) => a.objectId === id)).toEqual([]);
    expect(
      audit.filter(
        (a) => a.action.startsWith("mailbox") && (a.ip === CANARY_IP || a.userId === me.id),
      ),
    ).toEqual([]);
    expect(audit.filter((a) => a.ip === CANARY_IP)).toEqual([]);
    // The tracking throttle row only exists for wrong codes: none here.
    expect(await db.loginAttempt.count({ where: { ip: { contains: CANARY_IP } } })).toBe(0);
    // Anonymous letters never show under the writer's own letters.
    expect(await listMyLetters(await session(me))).toEqual([]);
  });

  it("writes the receipt later, one row per finished day, with no actor and no address", async () => {
    const { id } = await anonymousLetter(writer);
    const m = await db.mailboxMessage.findUniqueOrThrow({ where: { id } });
    expect(await recordAnonymousReceipts(new Date())).toEqual({ days: 0 }); // today is not over
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const r = await recordAnonymousReceipts(tomorrow);
    expect(r.days).toBeGreaterThanOrEqual(1);
    const row = await db.auditLog.findFirstOrThrow({
      where: { action: "mailbox.anonymous.received", objectId: m.receivedOn },
    });
    expect(row).toMatchObject({
      userId: null,
      username: null,
      roles: null,
      ip: null,
      result: "SUCCESS",
    });
    const detail = JSON.parse(row.detail!);
    expect(detail.day).toBe(m.receivedOn);
    expect(detail.count).toBe(
      await db.mailboxMessage.count({ where: { anonymous: true, receivedOn: m.receivedOn } }),
    );
    expect(row.detail).not.toContain(id);
    // Idempotent: the day is marked done.
    expect(await recordAnonymousReceipts(tomorrow)).toEqual({ days: 0 });
    expect(
      await db.auditLog.count({
        where: { action: "mailbox.anonymous.received", objectId: m.receivedOn },
      }),
    ).toBe(1);
    expect((await db.setting.findUniqueOrThrow({ where: { key: RECEIPTS_KEY } })).value).toBe(
      m.receivedOn,
    );
  });
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

describe("tracking with the access code", () => {
  it("shows the thread with the right code, refuses a wrong one, and lets the writer follow up", async () => {
    const { id, code } = await anonymousLetter(writer, "匿名：办案区空调损坏");
    await actAs(chief);
    await replyLetter({ id, body: "已安排后勤维修。" });
    testRequest.sid = null; // the tracking page is used signed out
    testRequest.ip = "10.66.0.1";
    const seen = await openTrackedLetter({ code: code.toLowerCase().replace(/-/g, " ") });
    expect(seen).toMatchObject({ ok: true, data: { status: "REPLIED", subject: "反映食堂问题" } });
    const entries = dataOf(seen).entries;
    expect(entries.map((e) => e.kind)).toEqual(["WRITER", "REPLY"]);
    expect(entries[1].body).toBe("已安排后勤维修。");
    expect(JSON.stringify(seen)).not.toContain(id);

    expect(await openTrackedLetter({ code: "ABCD-EFGH-JKMN-PQRS-TUVW" })).toMatchObject({
      ok: false,
      message: "访问码不正确，请核对后重试",
    });
    expect(await openTrackedLetter({ code: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { code: "访问码格式不正确" },
    });
    expect(await postTrackedFollowUp({ code, body: "" })).toMatchObject({
      ok: false,
      fieldErrors: { body: "请填写留言内容" },
    });

    expect(await postTrackedFollowUp({ code, body: "维修后仍有问题。" })).toMatchObject({
      ok: true,
      data: { status: "IN_PROGRESS" },
    });
    const last = await db.mailboxEntry.findMany({ where: { messageId: id, kind: "WRITER" } });
    expect(last).toHaveLength(2);
    for (const e of last) expect(e).toMatchObject({ authorId: null, postedAt: null });
    expect(
      (await db.mailboxMessage.findUniqueOrThrow({ where: { id } })).statusChangedAt,
    ).not.toBeNull(); // set by the chief's reply only

    // Only the wrong code left a counter row, and it names no letter.
    const attempts = await db.loginAttempt.findMany({ where: { ip: { startsWith: "track:" } } });
    expect(attempts.map((a) => a.ip)).toEqual(["track:10.66.0.1"]);
  });

  it("refuses the 11th try in an hour from one address, even with the right code", async () => {
    const { code } = await anonymousLetter(writer);
    testRequest.sid = null;
    testRequest.ip = "10.66.0.2";
    const t0 = new Date(Date.now() + 10 * 24 * 3600_000); // away from other tests' rows
    setPublicClock(() => t0);
    for (let i = 0; i < 10; i++)
      expect(
        await openTrackedLetter({ code: `WRNG-CODE-${String(i).padStart(4, "2")}-XXXX-YYYY` }),
      ).toMatchObject({ ok: false, message: "访问码不正确，请核对后重试" });
    expect(await openTrackedLetter({ code })).toEqual({ ok: false, message: TOO_MANY_TRIES });
    expect(await postTrackedFollowUp({ code, body: "追加" })).toEqual({
      ok: false,
      message: TOO_MANY_TRIES,
    });
    // Another address is not affected.
    testRequest.ip = "10.66.0.3";
    expect(await openTrackedLetter({ code })).toMatchObject({ ok: true });
    // An hour later the first address may try again.
    testRequest.ip = "10.66.0.2";
    setPublicClock(() => new Date(t0.getTime() + 61 * 60_000));
    expect(await openTrackedLetter({ code })).toMatchObject({ ok: true });
  });

  it("checks at most 10 codes from one address when 30 wrong ones arrive at once", async () => {
    testRequest.sid = null;
    testRequest.ip = "10.66.0.7";
    const t0 = new Date(Date.now() + 20 * 24 * 3600_000);
    setPublicClock(() => t0);
    try {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          openTrackedLetter({ code: `WRNG-CODE-${String(i).padStart(4, "3")}-XXXX-YYYY` }),
        ),
      );
      expect(
        results.filter((r) => !r.ok && r.message === "访问码不正确，请核对后重试"),
      ).toHaveLength(10);
      expect(results.filter((r) => !r.ok && r.message === TOO_MANY_TRIES)).toHaveLength(20);
      expect(await db.loginAttempt.count({ where: { ip: "track:10.66.0.7" } })).toBe(10);
    } finally {
      setPublicClock(null);
    }
  });

  it("refuses follow-ups on a closed letter", async () => {
    const { id, code } = await anonymousLetter(writer);
    await actAs(chief);
    await replyLetter({ id, body: "答复" });
    await changeLetterStatus({ id, command: "close" });
    testRequest.sid = null;
    testRequest.ip = "10.66.0.4";
    expect(await postTrackedFollowUp({ code, body: "还有问题" })).toMatchObject({
      ok: false,
      message: "来信已办结，不能再追加留言",
    });
    expect(await db.mailboxEntry.count({ where: { messageId: id } })).toBe(2);
  });
});

describe("physical row order (SQLite)", () => {
  it.runIf(dbProvider === "sqlite")(
    "stores letters in random-id order, with no rowid to give away when they arrived",
    async () => {
      const writer = await makeUser({ departmentId: dept.id });
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push((await anonymousLetter(writer, `第${i}封匿名信`)).id);
      for (const table of [
        "MailboxMessage",
        "MailboxEntry",
        "PulseResponse",
        "PulseAnswer",
        "PulseParticipation",
      ]) {
        await expect(
          db.$queryRawUnsafe(`SELECT rowid FROM "${table}" LIMIT 1`),
          table,
        ).rejects.toThrow(/rowid/);
      }
      // A plain scan returns rows in key order, whatever the order of writing.
      const scanned = (
        await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "MailboxMessage"`)
      )
        .map((r) => r.id)
        .filter((id) => ids.includes(id));
      expect(scanned).toEqual([...ids].sort());
    },
  );
});
