// "我的" (/me) reads fewer statements (issue 15, /me p95): the study total is
// the sum of the grouped count, the overdue 督办 are counted from the rows
// read unless every row read is overdue, signed letters, consultations, major
// matters (and their states) are counted only past the first rows, and the
// upcoming study activities are read from the activity's side. Each figure must stay what the old reads gave: checked
// here by hand on both sides of each shortcut, with a colleague's rows beside.
import { beforeAll, describe, expect, it } from "vitest";

import { loadSessionUser } from "@/lib/auth/session";
import { encryptText } from "@/lib/crypto";
import { db } from "@/lib/db";
import { listMyLetterPage } from "@/lib/mailbox/queries";
import { loadMyPage, ME_ROWS } from "@/lib/me/queries";
import { listMyLogs } from "@/lib/study/log/queries";

import { makeMailboxPeople, signedLetter } from "./fixtures/mailbox";
import { actAs } from "./helpers";
import { countQueries } from "./query-count";

const DAY = 86_400_000;
const NOW = new Date();
const at = (days: number) => new Date(NOW.getTime() + days * DAY);
type U = { id: string; username: string };
let many: U, few: U, office: U;

async function followUps(u: U, overdue: number, later: number, closed: number) {
  const rows = [
    ...Array.from({ length: overdue }, (_, i) => ({ dueDate: at(-1 - i), status: "OPEN" })),
    ...Array.from({ length: later }, (_, i) => ({
      dueDate: i % 2 ? null : at(5 + i),
      status: "IN_PROGRESS",
    })),
    ...Array.from({ length: closed }, () => ({ dueDate: at(-30), status: "CLOSED" })),
  ];
  for (const [i, r] of rows.entries())
    await db.followUp.create({
      data: { title: `督办${i}`, sourceType: "MANUAL", assigneeId: u.id, ...r },
    });
}

async function activities(u: U, ahead: number, past: number) {
  for (let i = 0; i < ahead + past; i++)
    await db.studyActivity.create({
      data: {
        type: "SEMINAR",
        title: `讲座${i}`,
        location: "会议室",
        heldAt: i < ahead ? at(1 + i) : at(-1 - i),
        scopeType: "USERS",
        scopeValue: JSON.stringify([u.id]),
        organiserId: office.id,
        createdById: office.id,
        attendance: { create: { userId: u.id } },
      },
    });
}

async function logs(u: U, n: number) {
  for (let i = 0; i < n; i++)
    await db.studyLog.create({
      data: {
        userId: u.id,
        kind: "READING",
        title: `学习${i}`,
        studiedOn: at(-i - 1),
        tenths: 10,
        status: ["SUBMITTED", "APPROVED", "RETURNED"][i % 3],
      },
    });
}

/** `n` consultations (the first `open` unanswered) and `n` major matters (the first `pending` unacknowledged). */
async function asked(u: U, n: number, open: number, pending: number) {
  for (let i = 0; i < n; i++) {
    await db.consultation.create({
      data: {
        askerId: u.id,
        channel: "ONLINE",
        question: `咨询${i}`,
        askedAt: at(-i),
        status: i < open ? "OPEN" : "ANSWERED",
        answer: i < open ? null : "答复",
      },
    });
    await db.majorMatterReport.create({
      data: {
        userId: u.id,
        category: "TRAVEL",
        detailEnc: encryptText("事项"),
        createdAt: at(-i),
        status: i < pending ? "SUBMITTED" : "ACKNOWLEDGED",
      },
    });
  }
}

const pageOf = async (u: U) => loadMyPage((await loadSessionUser(await actAs(u)))!, NOW);

beforeAll(async () => {
  const people = await makeMailboxPeople();
  many = people.writer;
  few = people.staff;
  office = people.office;
  // More than a block's rows of everything, overdue ones filling every row read…
  await followUps(many, ME_ROWS + 2, 3, 2);
  await activities(many, ME_ROWS + 2, 2);
  await logs(many, 11);
  for (let i = 0; i < ME_ROWS + 2; i++) await signedLetter(many);
  // … and fewer than a block's rows, some overdue and some not.
  await followUps(few, 2, 4, 1);
  await activities(few, 2, 3);
  await logs(few, 4);
  await signedLetter(few);
  await asked(many, ME_ROWS + 2, 2, 3);
  await asked(few, 3, 1, 2);
});

describe("我的 counts past and within the first rows", () => {
  it("counts overdue 督办 past the rows read, and within them", async () => {
    const a = await pageOf(many);
    expect(a.followUps).toMatchObject({ total: 12, active: 10, overdue: ME_ROWS + 2 });
    expect(a.followUps!.rows).toHaveLength(ME_ROWS);
    expect(a.followUps!.rows.every((r) => r.overdue)).toBe(true);
    const b = await pageOf(few);
    expect(b.followUps).toMatchObject({ total: 7, active: 6, overdue: 2 });
    expect(b.followUps!.rows.map((r) => r.overdue)).toEqual([true, true, false, false, false]);
  });

  it("counts consultations and major matters by state past the first rows, and from the rows within them", async () => {
    const a = await pageOf(many);
    expect(a.consult).toMatchObject({ total: ME_ROWS + 2, open: 2 });
    expect(a.consult!.rows.map((r) => r.question)).toEqual([
      "咨询0",
      "咨询1",
      "咨询2",
      "咨询3",
      "咨询4",
    ]);
    expect(a.matters).toMatchObject({ total: ME_ROWS + 2, pending: 3 });
    expect(a.matters!.rows).toHaveLength(ME_ROWS);
    const b = await pageOf(few);
    expect(b.consult).toMatchObject({ total: 3, open: 1 });
    expect(b.consult!.rows).toHaveLength(3);
    expect(b.matters).toMatchObject({ total: 3, pending: 2 });
    expect(b.matters!.rows.map((r) => r.status)).toEqual([
      "SUBMITTED",
      "SUBMITTED",
      "ACKNOWLEDGED",
    ]);
  });

  it("counts signed letters past the first rows, and by the rows within them", async () => {
    const a = await pageOf(many);
    expect(a.letters!.total).toBe(ME_ROWS + 2);
    expect(a.letters!.rows).toHaveLength(ME_ROWS);
    expect((await pageOf(few)).letters!.total).toBe(1);
    const v = (await loadSessionUser(await actAs(many)))!;
    const list = await listMyLetterPage(v, { page: 1 });
    expect(a.letters!.rows.map((r) => r.id)).toEqual(list.rows.slice(0, ME_ROWS).map((r) => r.id));
  });

  it("totals the study log by its grouped count, with the list's latest rows", async () => {
    for (const [u, n] of [
      [many, 11],
      [few, 4],
    ] as const) {
      const p = await pageOf(u);
      const v = (await loadSessionUser(await actAs(u)))!;
      const list = await listMyLogs(v, { page: 1 }, { year: null }, ME_ROWS);
      expect(p.study!.total).toBe(n);
      expect(p.study!.total).toBe(list.total);
      expect(p.study!.rows).toEqual(list.rows);
    }
  });

  it("lists the study activities ahead, soonest first, counted past the first rows", async () => {
    const a = await pageOf(many);
    expect(a.upcoming.counts.study).toBe(ME_ROWS + 2);
    const study = a.upcoming.rows.filter((r) => r.kind === "STUDY");
    expect(study.map((r) => r.title)).toEqual(["讲座0", "讲座1", "讲座2", "讲座3", "讲座4"]);
    const b = await pageOf(few);
    expect(b.upcoming.counts.study).toBe(2);
    expect(b.upcoming.rows.filter((r) => r.kind === "STUDY").map((r) => r.title)).toEqual([
      "讲座0",
      "讲座1",
    ]);
  });

  it("reads no one's name for a person without conduct records", async () => {
    const v = (await loadSessionUser(await actAs(few)))!;
    const { result, statements } = await countQueries(() => loadMyPage(v, NOW));
    expect(result.conduct).toMatchObject({ total: 0, rows: [] });
    expect(statements.filter((s) => s.includes("realName"))).toEqual([]);
  });
});
