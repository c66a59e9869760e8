// "我的" (/me, lib/me/queries.ts): every block holds only the signed-in
// person's own rows, counted as by hand; a colleague's rows (made in every
// domain) never show, anonymous letters never show, and the conduct block
// reads through the conduct module (which audits the read).
import { beforeAll, describe, expect, it } from "vitest";

import MePage from "@/app/(portal)/me/page";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session";
import { confirmConductRecord, createConductRecord } from "@/lib/conduct/actions";
import { encryptText } from "@/lib/crypto";
import { db } from "@/lib/db";
import { sendAnonymousLetter } from "@/lib/mailbox/actions";
import { loadMyPage, ME_ROWS } from "@/lib/me/queries";

import { makeMailboxPeople, signedLetter } from "./fixtures/mailbox";
import { actAs, lastAudit, makeUser } from "./helpers";
import { dataOf } from "./result";

const DAY = 86_400_000;
const NOW = new Date();
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

type U = { id: string; username: string };
let me: U, other: U, office: U;
const mine = { logs: 0, signed: [] as string[], conduct: [] as string[] };
let anonymousId: string;

/** Rows in every domain for `u`; `tag` marks the titles so a leak is visible. */
async function rowsFor(u: U, tag: string, n: number) {
  for (let i = 0; i < n; i++) {
    await db.studyLog.create({
      data: {
        userId: u.id,
        kind: "READING",
        title: `${tag}学习${i}`,
        studiedOn: at(-i - 1),
        tenths: 10,
        status: i === 0 ? "SUBMITTED" : "APPROVED",
      },
    });
    await db.consultation.create({
      data: {
        askerId: u.id,
        channel: "ONLINE",
        question: `${tag}咨询${i}`,
        status: i === 0 ? "OPEN" : "ANSWERED",
        answer: i === 0 ? null : `${tag}答复${i}`,
      },
    });
    await db.majorMatterReport.create({
      data: { userId: u.id, category: "TRAVEL", detailEnc: encryptText(`${tag}事项${i}`) },
    });
    await db.followUp.create({
      data: {
        title: `${tag}督办${i}`,
        sourceType: "MANUAL",
        status: "IN_PROGRESS",
        assigneeId: u.id,
        dueDate: i === 0 ? at(-2) : at(10),
      },
    });
  }
  const activity = await db.studyActivity.create({
    data: {
      type: "SEMINAR",
      title: `${tag}专题讲座`,
      location: `${tag}会议室`,
      heldAt: at(3),
      scopeType: "USERS",
      scopeValue: JSON.stringify([u.id]),
      organiserId: office.id,
      createdById: office.id,
      attendance: { create: { userId: u.id } },
    },
  });
  const event = await db.cultureEvent.create({
    data: { type: "HIKE", title: `${tag}徒步`, startsAt: at(5), createdById: office.id },
  });
  await db.cultureRegistration.create({ data: { eventId: event.id, userId: u.id } });
  const meeting = await db.meeting.create({
    data: {
      type: "ZUOTAN",
      title: `${tag}座谈会`,
      heldAt: at(1),
      createdById: office.id,
      attendees: { create: { userId: u.id } },
    },
  });
  const round = await db.quotaRound.create({
    data: {
      title: `${tag}入额遴选`,
      places: 3,
      registrationOpensAt: at(-5),
      registrationClosesAt: at(5),
      createdById: office.id,
    },
  });
  await db.quotaRegistration.create({ data: { roundId: round.id, userId: u.id } });
  const cycle = await db.appraisalCycle.create({
    data: {
      title: `${tag}考评`,
      year: 2026,
      periodStart: at(-100),
      periodEnd: at(100),
      status: "SCORING",
      distribution: "{}",
      createdById: office.id,
    },
  });
  await db.appraisalSheet.create({
    data: {
      cycleId: cycle.id,
      subjectType: "PERSON",
      subjectKey: `U:${u.id}`,
      userId: u.id,
      subjectName: tag,
      finalGrade: "EXCELLENT",
      finalTotalCenti: 9000,
    },
  });
  return { activity, event, meeting, round, cycle };
}

async function conductFor(u: U, category: "COMMENDATION" | "DISCIPLINE") {
  await actAs(office);
  const input =
    category === "DISCIPLINE"
      ? {
          category,
          kind: "SANCTION",
          sanctionCategory: "PARTY_WARNING",
          level: "",
          title: "本人的处分",
          docNo: "梁检纪〔2026〕1号",
          description: "",
        }
      : {
          category,
          kind: "CITATION",
          level: "COURT",
          title: "办案成效突出，予以嘉奖",
          docNo: "梁检政〔2026〕9号",
          description: "",
        };
  const id = dataOf(
    await createConductRecord({
      subjectType: "PERSON",
      subjectUserId: u.id,
      occurredOn: "2026-03-12",
      issuer: "本院",
      ...input,
    }),
  ).id;
  dataOf(await confirmConductRecord({ id }));
  return id;
}

const sessionOf = async (u: { id: string }) => (await loadSessionUser(await actAs(u)))!;

beforeAll(async () => {
  const people = await makeMailboxPeople();
  me = people.writer;
  other = people.staff;
  office = people.office;
  await rowsFor(me, "甲", 7);
  await rowsFor(other, "乙", 3);
  mine.logs = 7;
  // Signed letters of each; an anonymous letter sent from my account.
  mine.signed.push(await signedLetter(me), await signedLetter(me));
  await signedLetter(other);
  await actAs(me);
  expect(
    await sendAnonymousLetter({ category: "PROBLEM", subject: "匿名反映", body: "内容" }),
  ).toMatchObject({ ok: true });
  anonymousId = (
    await db.mailboxMessage.findFirstOrThrow({
      where: { anonymous: true },
      orderBy: { id: "desc" },
      select: { id: true },
    })
  ).id;
  mine.conduct.push(await conductFor(me, "COMMENDATION"), await conductFor(me, "DISCIPLINE"));
  await conductFor(other, "COMMENDATION");
  await conductFor(other, "DISCIPLINE");
});

describe("我的 (/me)", () => {
  let user: SessionUser;
  let page: Awaited<ReturnType<typeof loadMyPage>>;
  beforeAll(async () => {
    user = await sessionOf(me);
    page = await loadMyPage(user, NOW);
  });

  it("counts the person's own rows as by hand and lists only the latest few", () => {
    const s = page.study!;
    expect(s.total).toBe(mine.logs);
    expect(s.pending).toBe(1);
    expect(s.rows).toHaveLength(ME_ROWS);
    expect(s.rows.map((r) => r.title)).toEqual([
      "甲学习0",
      "甲学习1",
      "甲学习2",
      "甲学习3",
      "甲学习4",
    ]);
    expect(page.consult).toMatchObject({ total: 7, open: 1 });
    expect(page.consult!.rows).toHaveLength(ME_ROWS);
    expect(page.matters).toMatchObject({ total: 7, pending: 7 });
    expect(page.followUps).toMatchObject({ total: 7, active: 7, overdue: 1 });
    // Earliest due first: the overdue one leads.
    expect(page.followUps!.rows[0]).toMatchObject({ title: "甲督办0", overdue: true });
    expect(page.quota!.total).toBe(1);
    expect(page.appraisal!.total).toBe(1);
    expect(page.letters!.total).toBe(2);
    expect(page.conduct!.total).toBe(2);
    expect(page.upcoming.total).toBe(3);
  });

  it("never shows a colleague's rows in any block", () => {
    const text = JSON.stringify(page);
    expect(text).not.toContain("乙");
    expect(text).toContain("甲");
    const all = [
      ...page.study!.rows,
      ...page.consult!.rows,
      ...page.matters!.rows,
      ...page.followUps!.rows,
      ...page.quota!.rows,
      ...page.appraisal!.rows,
      ...page.letters!.rows,
      ...page.conduct!.rows,
      ...page.upcoming.rows,
    ];
    expect(all.length).toBeGreaterThan(20);
  });

  it("shows signed letters only: the anonymous letter sent from the account is not linked to it", async () => {
    expect(page.letters!.rows.map((r) => r.id).sort()).toEqual([...mine.signed].sort());
    expect(page.letters!.rows.map((r) => r.id)).not.toContain(anonymousId);
    // Even a row wrongly carrying an author stays out while it is anonymous.
    await db.mailboxMessage.update({ where: { id: anonymousId }, data: { authorId: me.id } });
    try {
      expect((await loadMyPage(user, NOW)).letters!.total).toBe(2);
    } finally {
      await db.mailboxMessage.update({ where: { id: anonymousId }, data: { authorId: null } });
    }
  });

  it("shows the person their own discipline record through the conduct read, which audits it without the record id", async () => {
    await loadMyPage(user, NOW);
    expect(page.conduct!.rows.map((r) => r.id).sort()).toEqual([...mine.conduct].sort());
    expect(page.conduct!.rows.find((r) => r.category === "DISCIPLINE")?.title).toBe("本人的处分");
    const audit = await db.auditLog.findFirst({
      where: { userId: me.id, action: "conduct.readOwn" },
      orderBy: { seq: "desc" },
    });
    expect(audit).toMatchObject({ objectId: "mine", result: "SUCCESS" });
  });

  it("hides the appraisal result until it is published, and lists upcoming activities soonest first", () => {
    expect(page.appraisal!.rows[0]).toMatchObject({ grade: null, totalCenti: null });
    expect(page.upcoming.rows.map((r) => r.kind)).toEqual(["MEETING", "STUDY", "CULTURE"]);
    expect(page.upcoming.rows[1]).toMatchObject({ title: "甲专题讲座", location: "甲会议室" });
  });

  it("the colleague's page holds only theirs", async () => {
    const theirs = await loadMyPage(await sessionOf(other), NOW);
    expect(JSON.stringify(theirs)).not.toContain("甲");
    expect(theirs.study!.total).toBe(3);
    expect(theirs.letters!.total).toBe(1);
    expect(theirs.conduct!.total).toBe(2);
    expect(theirs.followUps!.total).toBe(3);
  });

  it("gives SYS_ADMIN no business block, and the page is a 404 for them (me.view), audited as denied", async () => {
    const admin = await makeUser({ roles: ["SYS_ADMIN"] });
    const p = await loadMyPage(await sessionOf(admin), NOW);
    expect([p.study, p.consult, p.letters, p.matters, p.followUps, p.quota, p.conduct]).toEqual(
      Array(7).fill(null),
    );
    expect(p.upcoming).toMatchObject({ total: 0, rows: [], pulseOpen: null });
    await actAs(admin);
    await expect(MePage()).rejects.toThrow("NEXT_NOT_FOUND");
    expect(await lastAudit()).toMatchObject({ result: "DENIED" });
  });
});
