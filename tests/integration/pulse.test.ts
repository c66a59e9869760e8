// 思想状况测评 on a real database: the anonymity canary (every table and the
// audit log), one answer per person, closed and future rounds refused, bad
// input writes nothing, answers sealed while the round is open and released
// coarsened when it closes, results hide small groups and show the response
// rate, and staff cannot open the results or management pages.
// tests/integration/pulse-linkage.test.ts plays the attacker over the raw tables.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import PulseResultsPage from "@/app/(portal)/pulse/[id]/results/page";
import NewPulseRoundPage from "@/app/(portal)/pulse/new/page";
import PulsePage from "@/app/(portal)/pulse/page";
import { loadSessionUser } from "@/lib/auth/session";
import { db, dbProvider } from "@/lib/db";
import { toDateInput } from "@/lib/format";
import { activeBusinessUser } from "@/lib/people/active";
import { OTHER_GROUP } from "@/lib/people/masking";
import { answerPulse, closePulseRound, createPulseRound } from "@/lib/pulse/actions";
import { participationToken } from "@/lib/pulse/participation";
import { getRoundResults, listPulseRounds } from "@/lib/pulse/queries";
import { unseal } from "@/lib/pulse/sealed";

import { actAs, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";
import { testRequest } from "./setup";

type U = { id: string; username: string };
const DAY = 24 * 3600_000;
const day = (offset: number) => toDateInput(new Date(Date.now() + offset * DAY));
const CANARY_IP = "10.88.88.88";
const Q = [
  "我对目前的工作总体感到满意",
  "我的工作压力在可承受的范围内",
  "部门团队氛围融洽，同事之间相互支持",
];
const DENIED = { ok: false, message: "您没有执行此操作的权限" };

let office: U, leader: U, staff: U, head: U;
let bigDept: { id: string }, midDept: { id: string }, tinyDept: { id: string };
let big: U[], mid: U[], tiny: U[];

const session = async (u: U) => (await loadSessionUser(await actAs(u)))!;

async function newRound(
  opts: { opensOn?: string; closesOn?: string; questions?: string[]; allowComment?: boolean } = {},
) {
  await actAs(office);
  const r = await createPulseRound({
    title: `测评${Date.now()}`,
    opensOn: opts.opensOn ?? day(0),
    closesOn: opts.closesOn ?? day(7),
    allowComment: opts.allowComment ?? true,
    questions: opts.questions ?? Q,
  });
  return dataOf(r).id;
}

async function answer(u: U, roundId: string, scores: number[], comment?: string) {
  await actAs(u);
  return answerPulse({
    roundId,
    ...Object.fromEntries(scores.map((s, i) => [`q${i + 1}`, s])),
    comment,
  });
}

async function counts(roundId: string) {
  const [participations, sealed, responses, answers] = await Promise.all([
    db.pulseParticipation.count({ where: { roundId } }),
    db.pulseSealed.count({ where: { roundId } }),
    db.pulseResponse.count({ where: { roundId } }),
    db.pulseAnswer.count({ where: { response: { roundId } } }),
  ]);
  return { participations, sealed, responses, answers };
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

async function people(n: number, departmentId: string, birthYear: number) {
  const out: U[] = [];
  for (let i = 0; i < n; i++) {
    const u = await makeUser({ departmentId });
    await db.user.update({ where: { id: u.id }, data: { birthYear } });
    out.push(u);
  }
  return out;
}

beforeAll(async () => {
  office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  leader = await makeUser({ roles: ["LEADER", "STAFF"] });
  bigDept = await makeDepartment();
  midDept = await makeDepartment();
  tinyDept = await makeDepartment();
  head = await makeUser({ departmentId: bigDept.id, roles: ["DEPT_HEAD", "STAFF"] });
  staff = await makeUser({ departmentId: bigDept.id });
  // big: 7 (+ head, staff) people; mid: 6 people; tiny: 2 people (always 其他部门).
  big = [...(await people(4, bigDept.id, 1985)), ...(await people(3, bigDept.id, 2000))];
  mid = await people(6, midDept.id, 1970);
  tiny = await people(2, tinyDept.id, 2001);
});

afterAll(async () => {
  await db.pulseRound.deleteMany({ where: { createdById: office.id } });
});

describe("setting up a round", () => {
  it("stores the questions and the active business staff as the response-rate base; only 政治处 may", async () => {
    const expected = await db.user.count({ where: activeBusinessUser });
    const id = await newRound();
    const r = await db.pulseRound.findUniqueOrThrow({
      where: { id },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    expect(r.eligibleCount).toBe(expected);
    expect(r.questions.map((q) => [q.position, q.text])).toEqual(Q.map((q, i) => [i + 1, q]));

    const before = await db.pulseRound.count();
    await actAs(staff);
    expect(
      await createPulseRound({ title: "越权", opensOn: day(0), closesOn: day(7), questions: Q }),
    ).toEqual(DENIED);
    await actAs(leader);
    expect(
      await createPulseRound({ title: "越权", opensOn: day(0), closesOn: day(7), questions: Q }),
    ).toEqual(DENIED);
    expect(await db.pulseRound.count()).toBe(before);
  });

  it("refuses fewer than 3 or more than 8 questions and a closing day before the opening day, writing nothing", async () => {
    await actAs(office);
    const before = await db.pulseRound.count();
    const base = { title: "测评", opensOn: day(0), closesOn: day(7), questions: Q };
    expect(await createPulseRound({ ...base, questions: Q.slice(0, 2) })).toMatchObject({
      ok: false,
      fieldErrors: { questions: "每轮测评须设置 3–8 道题目" },
    });
    expect(
      await createPulseRound({
        ...base,
        questions: Array.from({ length: 9 }, (_, i) => `题目${i}`),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { questions: "每轮测评须设置 3–8 道题目" } });
    expect(await createPulseRound({ ...base, opensOn: day(5), closesOn: day(4) })).toMatchObject({
      ok: false,
      fieldErrors: { closesOn: "结束日期不能早于开始日期" },
    });
    expect(await createPulseRound({ ...base, opensOn: day(-9), closesOn: day(-2) })).toMatchObject({
      ok: false,
      fieldErrors: { closesOn: "结束日期不能早于今天" },
    });
    expect(await createPulseRound({ ...base, title: "" })).toMatchObject({
      ok: false,
      fieldErrors: { title: "请填写测评名称" },
    });
    expect(await db.pulseRound.count()).toBe(before);
  });

  it("closes a round early for 政治处 only, and only while it is open", async () => {
    const id = await newRound();
    await actAs(staff);
    expect(await closePulseRound({ id })).toEqual(DENIED);
    await actAs(office);
    expect(await closePulseRound({ id })).toMatchObject({ ok: true });
    expect(
      (await db.pulseRound.findUniqueOrThrow({ where: { id } })).closesAt.getTime(),
    ).toBeLessThanOrEqual(Date.now());
    expect(await closePulseRound({ id })).toMatchObject({
      ok: false,
      message: "本轮测评未在进行中，不能提前结束",
    });
    const upcoming = await newRound({ opensOn: day(3), closesOn: day(9) });
    expect(await closePulseRound({ id: upcoming })).toMatchObject({
      ok: false,
      message: "本轮测评未在进行中，不能提前结束",
    });
    expect(await closePulseRound({ id: "cnotarealround00000000000" })).toMatchObject({
      ok: false,
      message: "记录不存在或您无权查看",
    });
  });
});

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

describe("results", () => {
  let roundId: string;
  beforeAll(async () => {
    roundId = await newRound();
    // big: 4 middle-aged answer 4,4,4 and 3 young answer 2,3,5; mid: 3 old answer 1,2,3; tiny: 2 young answer 5,5,5.
    for (const u of big.slice(0, 4))
      expect(await answer(u, roundId, [4, 4, 4], "希望多组织业务培训")).toMatchObject({ ok: true });
    for (const u of big.slice(4))
      expect(await answer(u, roundId, [2, 3, 5])).toMatchObject({ ok: true });
    for (const u of mid.slice(0, 3))
      expect(await answer(u, roundId, [1, 2, 3], "加班太多")).toMatchObject({ ok: true });
    for (const u of tiny) expect(await answer(u, roundId, [5, 5, 5])).toMatchObject({ ok: true });
  });

  it("keeps every answer sealed while the round is open", async () => {
    expect(await counts(roundId)).toEqual({
      participations: 12,
      sealed: 12,
      responses: 0,
      answers: 0,
    });
  });

  it("shows only the response rate while the round is open", async () => {
    const r = (await getRoundResults(await session(office), roundId, "10.1.2.3"))!;
    const round = await db.pulseRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(r).toMatchObject({ status: "OPEN", responses: 12, results: null });
    expect(r.rate).toBe(Math.round((12 / round.eligibleCount) * 100));
    const list = await listPulseRounds(await session(office), 1);
    expect(list.current.find((x) => x.id === roundId)).toMatchObject({
      responses: 12,
      eligible: round.eligibleCount,
      rate: r.rate,
    });
  });

  it("after closing, shows groups of 5 or more only: the small departments merge into 其他部门", async () => {
    await actAs(office);
    expect(await closePulseRound({ id: roundId })).toMatchObject({ ok: true });
    // Released on closing, coarsened: every stored (department, age layer) tuple holds 5 or more.
    // big (7: 4 middle, 3 young) keeps its department but not its layers; mid (3) and tiny (2) are 其他部门, without layers.
    expect(await counts(roundId)).toEqual({
      participations: 12,
      sealed: 0,
      responses: 12,
      answers: 36,
    });
    const tuples = await db.pulseResponse.groupBy({
      by: ["departmentId", "ageLayer"],
      where: { roundId },
      _count: { _all: true },
    });
    expect(
      Object.fromEntries(
        tuples.map((t) => [`${t.departmentId ?? "null"}|${t.ageLayer ?? "null"}`, t._count._all]),
      ),
    ).toEqual({ [`${bigDept.id}|null`]: 7, "null|null": 5 });
    const r = (await getRoundResults(await session(leader), roundId, "10.1.2.3"))!;
    expect(r.status).toBe("CLOSED");
    const res = r.results!;
    expect(res.masked.total).toBe(12);
    // mid (3 answered) and tiny (2, stored without department) are one 5-person group.
    expect(res.departments.map((d) => [d.key, d.n])).toEqual([
      [bigDept.id, 7],
      [OTHER_GROUP, 5],
    ]);
    expect(res.departmentNames[midDept.id]).toBeUndefined();
    const mean = (xs: number[]) =>
      Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
    expect(res.departments[0].means).toEqual([
      mean([4, 4, 4, 4, 2, 2, 2]),
      mean([4, 4, 4, 4, 3, 3, 3]),
      mean([4, 4, 4, 4, 5, 5, 5]),
    ]);
    expect(res.departments[1].means).toEqual([
      mean([1, 1, 1, 5, 5]),
      mean([2, 2, 2, 5, 5]),
      mean([3, 3, 3, 5, 5]),
    ]);
    // No age layer survived the release, so there is no age breakdown.
    expect(res.ageGroups).toBeNull();
    expect(res.masked.ageWithheld).toBe("TOO_FEW");
    // Per-group rates: the department groups' populations when the round was released.
    const big = await db.user.count({
      where: { AND: [activeBusinessUser, { departmentId: bigDept.id }] },
    });
    const all = await db.user.count({ where: activeBusinessUser });
    expect(res.departmentPopulations).toEqual({ [bigDept.id]: big, [OTHER_GROUP]: all - big });
    expect(res.overall[0].counts).toEqual([3, 3, 0, 4, 2]);
    expect(res.comments.sort()).toEqual(
      [...Array(4).fill("希望多组织业务培训"), ...Array(3).fill("加班太多")].sort(),
    );
    expect(res.commentTotal).toBe(7);
    const audit = await db.auditLog.findFirst({
      where: { action: "pulse.results.read", objectId: roundId },
      orderBy: { seq: "desc" },
    });
    expect(audit).toMatchObject({ userId: leader.id, result: "SUCCESS" });
  });

  it("shows nothing, not even comments, when fewer than 5 answered", async () => {
    const small = await newRound();
    for (const u of mid.slice(3))
      expect(await answer(u, small, [5, 1, 5], "只有三个人")).toMatchObject({ ok: true });
    await actAs(office);
    expect(await closePulseRound({ id: small })).toMatchObject({ ok: true });
    const r = (await getRoundResults(await session(office), small, "10.1.2.3"))!;
    expect(r).toMatchObject({ status: "CLOSED", responses: 3 });
    expect(r.results).toMatchObject({
      masked: { showTotal: false },
      overall: [],
      departments: [],
      ageGroups: null,
      comments: [],
      commentTotal: 0,
    });
    // Never released: the three answers stay sealed.
    expect(await counts(small)).toEqual({ participations: 3, sealed: 3, responses: 0, answers: 0 });
  });

  it("keeps staff, heads and liaisons out of results and set-up: 404, and no figures from the query", async () => {
    for (const u of [staff, head]) {
      await actAs(u);
      await expect(
        PulseResultsPage({
          params: Promise.resolve({ id: roundId }),
          searchParams: Promise.resolve({}),
        }),
      ).rejects.toThrow("NEXT_NOT_FOUND");
      await expect(NewPulseRoundPage()).rejects.toThrow("NEXT_NOT_FOUND");
      expect(await getRoundResults(await session(u), roundId, "10.1.2.3")).toBeNull();
      // The list itself is theirs to see, without response rates.
      await actAs(u);
      await expect(PulsePage({ searchParams: Promise.resolve({}) })).resolves.toBeTruthy();
      const list = await listPulseRounds(await session(u), 1);
      expect(
        [...list.current, ...list.closed].every((r) => r.responses === null && r.rate === null),
      ).toBe(true);
    }
    const denied = await db.auditLog.findFirst({
      where: { action: "page.view", userId: head.id, objectId: "/pulse/new" },
      orderBy: { seq: "desc" },
    });
    expect(denied).toMatchObject({ result: "DENIED" });
    // 院领导 and 政治处 may open the results page; only 政治处 the set-up page.
    await actAs(leader);
    await expect(
      PulseResultsPage({
        params: Promise.resolve({ id: roundId }),
        searchParams: Promise.resolve({}),
      }),
    ).resolves.toBeTruthy();
    await expect(NewPulseRoundPage()).rejects.toThrow("NEXT_NOT_FOUND");
    await actAs(office);
    await expect(NewPulseRoundPage()).resolves.toBeTruthy();
    await expect(
      PulseResultsPage({
        params: Promise.resolve({ id: "cnotarealround00000000000" }),
        searchParams: Promise.resolve({}),
      }),
    ).rejects.toThrow("NEXT_NOT_FOUND");
  });
});
