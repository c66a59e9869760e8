// 思想状况测评 against a reader of the raw tables (docs/security.md item 17): someone with
// a copy of every table, but without DATA_KEY, tries to link each stored pulse
// response to the people who could have given it. They join participation to
// users and responses, search every column of every table for the answerers'
// ids, usernames and employee numbers next to the round's id (audit rows,
// notifications, anything), and use physical order: rowid on SQLite, xmin on
// PostgreSQL. For every response, the people consistent with all of that must
// number at least MIN_GROUP_SIZE. Then the same with the key (the operator):
// after release, still at least 5. The departments are built so that the
// department × age-layer cells hold one or two people.
import { beforeAll, describe, expect, it } from "vitest";

import { loadSessionUser } from "@/lib/auth/session";
import { shanghaiYear } from "@/lib/dates";
import { db, dbProvider } from "@/lib/db";
import { toDateInput } from "@/lib/format";
import { ageLayerOf } from "@/lib/people/age";
import { answerPulse, closePulseRound, createPulseRound } from "@/lib/pulse/actions";
import { getRoundResults } from "@/lib/pulse/queries";

import { actAs, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

type U = { id: string; username: string; employeeNo: string | null };
type Person = {
  id: string;
  username: string;
  employeeNo: string | null;
  departmentId: string | null;
  birthYear: number;
  status: string;
};
type Row = { table: string; text: string; x: string | null };
type Response = {
  id: string;
  departmentId: string | null;
  ageLayer: string | null;
  x: string | null;
};

const MIN = 5;
const Q = [
  "我对目前的工作总体感到满意",
  "我的工作压力在可承受的范围内",
  "部门团队氛围融洽，同事之间相互支持",
];
const DAY = 24 * 3600_000;
const day = (offset: number) => toDateInput(new Date(Date.now() + offset * DAY));
const json = (row: unknown) =>
  JSON.stringify(row, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

let office: U;
let everyone: U[] = [];
let openRound: string, closedRound: string, tinyRound: string;

async function people(n: number, departmentId: string, birthYear: number) {
  const out: U[] = [];
  for (let i = 0; i < n; i++) {
    const u = await makeUser({ departmentId });
    out.push(
      await db.user.update({
        where: { id: u.id },
        data: { birthYear },
        select: { id: true, username: true, employeeNo: true },
      }),
    );
  }
  return out;
}

async function newRound(title: string) {
  await actAs(office);
  const r = await createPulseRound({
    title,
    opensOn: day(0),
    closesOn: day(7),
    allowComment: true,
    questions: Q,
  });
  return dataOf(r).id;
}

async function answerAll(roundId: string, who: U[]) {
  for (const [i, u] of who.entries()) {
    await actAs(u);
    const r = await answerPulse({
      roundId,
      q1: 1 + (i % 5),
      q2: 5 - (i % 5),
      q3: 3,
      comment: i % 3 === 0 ? `意见${i}` : undefined,
    });
    expect(r).toMatchObject({ ok: true });
  }
}

async function tables(): Promise<string[]> {
  const rows: { name: string }[] =
    dbProvider === "postgresql"
      ? await db.$queryRawUnsafe(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
        )
      : await db.$queryRawUnsafe(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
        );
  return rows.map((r) => r.name);
}

/** Every row of every table as text, with its xmin on PostgreSQL. */
async function dump(): Promise<Row[]> {
  const out: Row[] = [];
  for (const name of await tables()) {
    const sql =
      dbProvider === "postgresql"
        ? `SELECT xmin::text AS "__x", * FROM "${name}"`
        : `SELECT * FROM "${name}"`;
    const rows: Record<string, unknown>[] = await db.$queryRawUnsafe(sql);
    for (const { __x, ...row } of rows)
      out.push({ table: name, text: json(row), x: (__x as string | undefined) ?? null });
  }
  return out;
}

/** Does the table keep a rowid (SQLite), i.e. the order in which rows were written? */
async function hasRowid(table: string) {
  try {
    await db.$queryRawUnsafe(`SELECT rowid FROM "${table}" LIMIT 1`);
    return true;
  } catch {
    return false;
  }
}

/**
 * The attacker: for each stored response of the round, the people consistent
 * with everything in the tables. `participants`, when given, is what the
 * attacker knows for sure about who answered (the key holder computes it).
 */
async function candidateSets(roundId: string, participants?: Set<string>) {
  const round = await db.pulseRound.findUniqueOrThrow({
    where: { id: roundId },
    select: { opensAt: true },
  });
  const year = shanghaiYear(round.opensAt);
  const users: Person[] = await db.$queryRawUnsafe(
    `SELECT "id", "username", "employeeNo", "departmentId", "birthYear", "status" FROM "User"`,
  );
  const rows = await dump();
  const xCol = dbProvider === "postgresql" ? `, xmin::text AS "x"` : `, NULL AS "x"`;
  const responses: Response[] = await db.$queryRawUnsafe(
    `SELECT "id", "departmentId", "ageLayer"${xCol} FROM "PulseResponse" WHERE "roundId" = ${dbProvider === "postgresql" ? "$1" : "?"}`,
    roundId,
  );

  // Anyone named in a row, other than their own User row, that also names the round.
  const names = (u: Person) => [u.id, u.username, u.employeeNo].filter((s): s is string => !!s);
  const mentions = (r: Row, u: Person) => names(u).some((n) => r.text.includes(n));
  // (The round's own row names its creator, and the audit log names who set it up, closed it or read it.)
  const notAnswers = /"action":"pulse\.(create|close|results\.read)"/;
  const beside = rows.filter(
    (r) =>
      !["User", "PulseRound", "PulseQuestion"].includes(r.table) &&
      r.text.includes(roundId) &&
      !notAnswers.test(r.text),
  );
  const named = new Set(users.filter((u) => beside.some((r) => mentions(r, u))).map((u) => u.id));
  // A complete list of who answered (the old participation table) narrows every response to its people.
  const known = participants ?? (named.size === responses.length ? named : null);

  // Physical order. SQLite: a rowid gives the order of writing.
  if (dbProvider === "sqlite") {
    for (const t of ["PulseResponse", "PulseAnswer", "PulseParticipation", "PulseSealed"]) {
      if ((await tables()).includes(t)) expect(await hasRowid(t), `${t} keeps a rowid`).toBe(false);
    }
  }
  // PostgreSQL: rows written by the same transaction share an xmin. When a
  // response's xmin also marks rows naming exactly as many people as there
  // are responses with that xmin, those people gave those responses.
  const byX = new Map<string, Set<string>>();
  if (dbProvider === "postgresql") {
    for (const x of new Set(responses.map((r) => r.x!))) {
      const k = responses.filter((r) => r.x === x).length;
      const who = new Set(
        users
          .filter((u) =>
            rows.some(
              (r) =>
                r.x === x &&
                r.table !== "PulseResponse" &&
                r.table !== "PulseAnswer" &&
                mentions(r, u),
            ),
          )
          .map((u) => u.id),
      );
      if (who.size > 0 && who.size === k) byX.set(x, who);
    }
  }

  const namedDepartments = new Set(
    responses.map((r) => r.departmentId).filter((d): d is string => d !== null),
  );
  return responses.map((resp) => {
    const c = users.filter((u) => {
      if (u.status !== "ACTIVE") return false;
      if (known && !known.has(u.id)) return false;
      if (resp.x && byX.has(resp.x) && !byX.get(resp.x)!.has(u.id)) return false;
      if (
        resp.departmentId !== null
          ? u.departmentId !== resp.departmentId
          : u.departmentId !== null && namedDepartments.has(u.departmentId)
      )
        return false;
      if (resp.ageLayer !== null && ageLayerOf(u.birthYear, year) !== resp.ageLayer) return false;
      return true;
    });
    return { response: resp, candidates: c.map((u) => u.id) };
  });
}

function expectAllHidden(sets: { response: Response; candidates: string[] }[]) {
  const small = sets.filter((s) => s.candidates.length < MIN);
  expect(
    small.map((s) => `${s.response.departmentId}|${s.response.ageLayer}: ${s.candidates.length}`),
    "responses narrowed to fewer than 5 people",
  ).toEqual([]);
}

beforeAll(async () => {
  office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  const [a, b, c, d] = [
    await makeDepartment(),
    await makeDepartment(),
    await makeDepartment(),
    await makeDepartment(),
  ];
  // A: 5 middle-aged + 1 young; B: 2 old + 1 young; C: 3 young, 2 middle, 2 old; D: 5 young.
  everyone = [
    ...(await people(5, a.id, 1985)),
    ...(await people(1, a.id, 2000)),
    ...(await people(2, b.id, 1965)),
    ...(await people(1, b.id, 2001)),
    ...(await people(3, c.id, 1999)),
    ...(await people(2, c.id, 1980)),
    ...(await people(2, c.id, 1960)),
    ...(await people(5, d.id, 1998)),
  ];
  openRound = await newRound("联系测试·进行中");
  closedRound = await newRound("联系测试·已结束");
  tinyRound = await newRound("联系测试·三人");
  await answerAll(openRound, everyone);
  await answerAll(closedRound, everyone);
  await answerAll(tinyRound, everyone.slice(0, 3));
  await actAs(office);
  expect(await closePulseRound({ id: closedRound })).toMatchObject({ ok: true });
  expect(await closePulseRound({ id: tinyRound })).toMatchObject({ ok: true });
  // Reading the results, as 政治处 does after closing.
  const viewer = (await loadSessionUser(await actAs(office)))!;
  expect(await getRoundResults(viewer, closedRound, "10.1.2.3")).toMatchObject({
    status: "CLOSED",
  });
  expect(await getRoundResults(viewer, tinyRound, "10.1.2.3")).toMatchObject({ status: "CLOSED" });
});

describe("a reader of every table, without DATA_KEY", () => {
  it("cannot narrow any response of an open round to fewer than 5 people", async () => {
    expectAllHidden(await candidateSets(openRound));
  });

  it("cannot narrow any response of a closed round to fewer than 5 people", async () => {
    const sets = await candidateSets(closedRound);
    expect(sets.length).toBe(everyone.length);
    expectAllHidden(sets);
  });

  it("cannot narrow any response of a round that fewer than 5 answered", async () => {
    expectAllHidden(await candidateSets(tinyRound));
  });

  it("finds none of the answerers next to the round in any table", async () => {
    const rows = (await dump()).filter((r) => r.table !== "User");
    for (const roundId of [openRound, closedRound, tinyRound]) {
      const beside = rows.filter((r) => r.text.includes(roundId));
      for (const u of everyone) {
        for (const n of [u.id, u.username, u.employeeNo!]) {
          const hit = beside.find((r) => r.text.includes(n));
          expect(hit, `${n} beside the round in ${hit?.table}`).toBeUndefined();
        }
      }
    }
    // Nor any audit row naming an answerer with a pulse action.
    const audit = await db.auditLog.findMany({
      where: { action: { startsWith: "pulse." }, userId: { in: everyone.map((u) => u.id) } },
    });
    expect(audit).toEqual([]);
  });
});

describe("the operator, with DATA_KEY", () => {
  it("after release, can narrow no response to fewer than 5 people, knowing exactly who answered", async () => {
    const { participationToken } = await import("@/lib/pulse/participation");
    const tokens = new Set(
      (
        await db.pulseParticipation.findMany({
          where: { roundId: closedRound },
          select: { token: true },
        })
      ).map((p) => p.token),
    );
    const users = await db.user.findMany({ select: { id: true } });
    const answered = new Set(
      users.filter((u) => tokens.has(participationToken(closedRound, u.id))).map((u) => u.id),
    );
    expect(answered).toEqual(new Set(everyone.map((u) => u.id)));
    expectAllHidden(await candidateSets(closedRound, answered));
    // Every released (department, age layer) tuple holds at least 5 responses.
    const tuples = await db.pulseResponse.groupBy({
      by: ["departmentId", "ageLayer"],
      where: { roundId: closedRound },
      _count: { _all: true },
    });
    expect(tuples.every((t) => t._count._all >= MIN)).toBe(true);
    expect(tuples.reduce((s, t) => s + t._count._all, 0)).toBe(everyone.length);
  });
});
