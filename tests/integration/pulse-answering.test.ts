// 思想状况测评 on a real database, answering: the anonymity canary (every
// table and the audit log), one answer per person, closed and future rounds
// refused, bad input writes nothing, and on PostgreSQL no transaction id or
// heap order that dates an answer. tests/integration/pulse-linkage.test.ts
// plays the attacker over the raw tables. Shared people and builders:
// ./fixtures/pulse.ts.
import { describe, expect, it } from "vitest";

import { db, dbProvider } from "@/lib/db";
import { answerPulse, closePulseRound } from "@/lib/pulse/actions";
import { participationToken } from "@/lib/pulse/participation";
import { listPulseRounds } from "@/lib/pulse/queries";
import { unseal } from "@/lib/pulse/sealed";

import {
  answer,
  big,
  bigDept,
  counts,
  day,
  mid,
  newRound,
  office,
  session,
  setupPulse,
  staff,
  tiny,
} from "./fixtures/pulse";
import { actAs, makeUser } from "./helpers";
import { testRequest } from "./setup";

setupPulse();

const CANARY_IP = "10.88.88.88";

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
  expect(tables.map((t) => t.name)).toEqual(
    expect.arrayContaining([
      "PulseRound",
      "PulseParticipation",
      "PulseResponse",
      "PulseAnswer",
      "AuditLog",
      "User",
    ]),
  );
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

describe("answering", () => {
  it("anonymity canary: nothing of the answerer in any row that holds or points at the response, in any table", async () => {
    const me = await makeUser({ departmentId: bigDept.id, realName: "金丝雀答卷人" });
    const roundId = await newRound();
    const auditBefore = (await db.auditLog.aggregate({ _max: { seq: true } }))._max.seq ?? 0;
    testRequest.ip = CANARY_IP;
    const canary = `CANARY-${Date.now()}-食堂伙食需要改善`;
    try {
      expect(await answer(me, roundId, [4, 2, 5], `意见：${canary}`)).toEqual({
        ok: true,
        data: { roundId },
      });
    } finally {
      testRequest.ip = "10.1.2.3";
    }

    // Who answered is a keyed token; what was answered is one sealed row, nothing in clear.
    expect(await db.pulseParticipation.findMany({ where: { roundId } })).toEqual([
      { roundId, token: participationToken(roundId, me.id) },
    ]);
    expect(await db.pulseResponse.count({ where: { roundId } })).toBe(0);
    const sealed = await db.pulseSealed.findMany({ where: { roundId } });
    expect(sealed).toHaveLength(1);
    expect(sealed[0].id).toMatch(/^r[0-9a-z]{24}$/);
    expect(Object.keys(sealed[0]).sort()).toEqual(["id", "roundId", "sealed"]); // no user, no time
    const opened = unseal(sealed[0].sealed);
    expect(opened).toMatchObject({
      departmentId: bigDept.id,
      ageLayer: "MIDDLE",
      comment: `意见：${canary}`,
    });
    expect(opened.answers.map((a) => a.value).sort()).toEqual([2, 4, 5]);
    // Padded: an answer without a comment seals to the same length.
    expect(await answer(tiny[0], roundId, [1, 1, 1])).toMatchObject({ ok: true });
    expect(
      new Set((await db.pulseSealed.findMany({ where: { roundId } })).map((r) => r.sealed.length))
        .size,
    ).toBe(1);

    const needles = [me.id, me.username, me.employeeNo!, CANARY_IP, "金丝雀答卷人"];
    const rows = await allRows();
    const near = rows.filter((r) => r.text.includes(roundId) && r.table !== "PulseRound");
    expect(near.filter((r) => r.table === "PulseSealed")).toHaveLength(2);
    for (const r of near)
      for (const n of needles) expect(r.text, `${r.table} holds ${n}`).not.toContain(n);
    // The comment is encrypted: its plaintext is nowhere in the database.
    for (const r of rows) expect(r.text, r.table).not.toContain(canary);

    // No audit row for the answer (anonymous mode): its time and place in the chain would name the answerer.
    const audit = await db.auditLog.findMany({ where: { seq: { gt: auditBefore } } });
    expect(audit.filter((a) => a.action === "pulse.answer")).toEqual([]);
    for (const a of audit)
      for (const n of [...needles, canary, roundId]) expect(JSON.stringify(a)).not.toContain(n);
  });

  it("takes one answer per person: a second one is refused and writes nothing", async () => {
    const roundId = await newRound();
    expect(await answer(staff, roundId, [3, 3, 3])).toMatchObject({ ok: true });
    const before = await counts(roundId);
    expect(before).toEqual({ participations: 1, sealed: 1, responses: 0, answers: 0 });
    expect(await answer(staff, roundId, [5, 5, 5], "再答一次")).toEqual({
      ok: false,
      message: "您已参加本轮测评",
    });
    expect(await counts(roundId)).toEqual(before);
    expect(
      unseal((await db.pulseSealed.findFirstOrThrow({ where: { roundId } })).sealed).answers.map(
        (a) => a.value,
      ),
    ).toEqual([3, 3, 3]);
    // The refusal is audited without the person or the round.
    const refused = await db.auditLog.findFirst({
      where: { action: "pulse.answer" },
      orderBy: { seq: "desc" },
    });
    expect(refused).toMatchObject({ result: "FAILURE", userId: null, objectId: null });
    // The list shows it as answered.
    const list = await listPulseRounds(await session(staff), 1);
    expect(list.current.find((r) => r.id === roundId)).toMatchObject({
      answered: true,
      status: "OPEN",
      responses: null,
      rate: null,
    });
  });

  it("refuses closed and not-yet-open rounds", async () => {
    const closed = await newRound();
    await actAs(office);
    expect(await closePulseRound({ id: closed })).toMatchObject({ ok: true });
    expect(await answer(staff, closed, [4, 4, 4])).toEqual({
      ok: false,
      message: "本轮测评已结束，不能再作答",
    });
    const upcoming = await newRound({ opensOn: day(2), closesOn: day(9) });
    expect(await answer(staff, upcoming, [4, 4, 4])).toEqual({
      ok: false,
      message: "本轮测评尚未开始，暂不能作答",
    });
    expect(await counts(closed)).toEqual({
      participations: 0,
      sealed: 0,
      responses: 0,
      answers: 0,
    });
    expect(await counts(upcoming)).toEqual({
      participations: 0,
      sealed: 0,
      responses: 0,
      answers: 0,
    });
    expect(await answer(staff, "cnotarealround00000000000", [4, 4, 4])).toEqual({
      ok: false,
      message: "记录不存在或您无权查看",
    });
  });

  it("refuses missing, out-of-range or extra answers and an unwanted comment, writing nothing", async () => {
    const roundId = await newRound({ allowComment: false });
    await actAs(staff);
    expect(await answerPulse({ roundId, q1: 4, q2: 4 })).toMatchObject({
      ok: false,
      message: "请回答全部题目",
      fieldErrors: { q3: "请为第 3 题选择评分" },
    });
    expect(await answerPulse({ roundId, q1: 6, q2: 4, q3: 4 })).toMatchObject({
      ok: false,
      fieldErrors: { q1: "第 1 题的评分须为 1–5 分" },
    });
    expect(await answerPulse({ roundId, q1: "很好", q2: 4, q3: 4 })).toMatchObject({
      ok: false,
      fieldErrors: { q1: "第 1 题的评分须为 1–5 分" },
    });
    expect(await answerPulse({ roundId, q1: 4, q2: 4, q3: 4, q4: 4 })).toMatchObject({
      ok: false,
      message: "答卷与本轮题目不符，请刷新页面后重新作答",
    });
    expect(await answerPulse({ roundId, q1: 4, q2: 4, q3: 4, comment: "意见" })).toMatchObject({
      ok: false,
      fieldErrors: { comment: "本轮测评不收集意见建议" },
    });
    expect(
      await answerPulse({ roundId, q1: 4, q2: 4, q3: 4, comment: "x".repeat(501) }),
    ).toMatchObject({ ok: false, fieldErrors: { comment: "意见建议不能超过 500 个字符" } });
    expect(await counts(roundId)).toEqual({
      participations: 0,
      sealed: 0,
      responses: 0,
      answers: 0,
    });
    // After all that, a proper answer still goes in.
    expect(await answerPulse({ roundId, q1: 4, q2: 4, q3: 4 })).toMatchObject({ ok: true });
  });

  it.runIf(dbProvider === "postgresql")(
    "leaves no transaction id or heap order that dates an answer or links a response to its participation (PostgreSQL)",
    async () => {
      const roundId = await newRound();
      const who = [...big.slice(0, 4), ...mid.slice(0, 2)];
      for (const u of who) expect(await answer(u, roundId, [3, 4, 5])).toMatchObject({ ok: true });
      const xmins = async (table: string) =>
        (
          await db.$queryRawUnsafe<{ x: string }[]>(
            `SELECT xmin::text AS x FROM "${table}" WHERE "roundId" = $1`,
            roundId,
          )
        ).map((r) => r.x);
      // While open: every token and sealed row carries the last answer's transaction id.
      const open = new Set([
        ...(await xmins("PulseParticipation")),
        ...(await xmins("PulseSealed")),
      ]);
      expect(open.size).toBe(1);
      // Released: responses, answers and tokens all carry the release's transaction id.
      await actAs(office);
      expect(await closePulseRound({ id: roundId })).toMatchObject({ ok: true });
      const responseX = new Set(await xmins("PulseResponse"));
      expect(responseX.size).toBe(1);
      expect(new Set(await xmins("PulseParticipation"))).toEqual(responseX);
      const answerX = await db.$queryRawUnsafe<{ x: string }[]>(
        `SELECT DISTINCT a.xmin::text AS x FROM "PulseAnswer" a JOIN "PulseResponse" r ON r.id = a."responseId" WHERE r."roundId" = $1`,
        roundId,
      );
      expect(answerX.map((r) => r.x)).toEqual([...responseX]);
      expect(await xmins("PulseSealed")).toEqual([]);
      // The heap holds the responses in random-id order, not in the order they were given.
      const order = async (by: string) =>
        (
          await db.$queryRawUnsafe<{ id: string }[]>(
            `SELECT id FROM "PulseResponse" WHERE "roundId" = $1 ORDER BY ${by}`,
            roundId,
          )
        ).map((r) => r.id);
      expect(await order("ctid")).toEqual(await order("id"));
    },
  );
});
