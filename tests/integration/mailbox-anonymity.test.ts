// 检察长信箱 on a real database, part 1: who names the handlers, the anonymity
// canary (every table scanned), the delayed receipts, and SQLite's row order.
// Access and the state machine are in mailbox-access.test.ts, the access code
// in mailbox-tracking.test.ts.
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { db, dbProvider } from "@/lib/db";
import { saveMailboxSettings } from "@/lib/mailbox/actions";
import { listMyLetters } from "@/lib/mailbox/queries";
import { RECEIPTS_KEY, recordAnonymousReceipts } from "@/lib/mailbox/receipts";
import { postTrackedFollowUp } from "@/lib/mailbox/track-actions";

import {
  anonymousLetter,
  makeMailboxPeople,
  resetPublicRequest,
  session,
  type U,
} from "./fixtures/mailbox";
import { actAs, makeUser } from "./helpers";
import { testRequest } from "./setup";

let dept: { id: string };
let chief: U, staff: U, writer: U, admin: U;
const CANARY_IP = "10.77.77.77";

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
  ({ dept, chief, staff, writer, admin } = await makeMailboxPeople());
});

afterEach(resetPublicRequest);

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
