// Issue 18 item 1: the scaled 院 (prisma/seed/scale.ts) gives each copy of
// the departments its own study activities with attendance, mailbox letters
// (signed and anonymous) and major-matter reports, written as the app writes
// them, and gives the demo's own departments years 3–5 back
// (prisma/seed/scale/demo-years.ts) without touching their last two years.
// One copy of the departments and one small "demo" department of this file;
// everything is deleted after (./scale-cleanup.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getMyLetter } from "@/lib/mailbox/queries";
import { loadThread } from "@/lib/mailbox/thread";
import { readMatter } from "@/lib/major-matters/queries";
import { STANDARD_QUESTIONS } from "@/lib/pulse/labels";
import { getRoundResults } from "@/lib/pulse/queries";
import { findVisibleActivity } from "@/lib/study/activities/access";
import { LETTERS } from "@/prisma/seed/mailbox";
import { DETAILS } from "@/prisma/seed/major-matters";
import { Rng } from "@/prisma/seed/random";
import { addCopies, scaleContext, type ScaleContext } from "@/prisma/seed/scale";
import { addDemoYears, DEMO_MONTHS } from "@/prisma/seed/scale/demo-years";
import { LETTER_RATES } from "@/prisma/seed/scale/letters";
import { addOlderRounds } from "@/prisma/seed/scale/pulse-years";
import { batchWriter } from "@/prisma/seed/scale/records";

import { actAs, makeDepartment, makeUser } from "./helpers";
import { anonymousLetterIds, removeScaled } from "./scale-cleanup";

const NOW = new Date();
const COPY = 91;
const sessionOf = async (id: string) => (await loadSessionUser(await actAs({ id })))!;
/** About `expected`, within a third either way (the counts are drawn). */
const about = (n: number, expected: number) => {
  expect(n).toBeGreaterThan(expected * 0.67);
  expect(n).toBeLessThan(expected * 1.33);
};

let ctx: ScaleContext;
let anonymousBefore = new Set<string>();
const created = { users: [] as string[], departments: [] as string[] };
let copyUsers: string[] = [];
let copyDepartments: string[] = [];
let demoDept = "";
const demoUsers: string[] = [];
let officeId = "";
let added: string[] = [];
let olderRounds: string[] = [];
/** Years of closed months the copy's records cover. */
let years = 0;

beforeAll(async () => {
  const ld = await makeDepartment();
  const l = await makeUser({ roles: ["LEADER", "STAFF"], departmentId: ld.id });
  const o = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"], departmentId: ld.id });
  officeId = o.id;
  const demo = await makeDepartment();
  demoDept = demo.id;
  for (let i = 0; i < 10; i++)
    demoUsers.push((await makeUser({ roles: ["STAFF"], departmentId: demo.id })).id);
  await db.user.updateMany({ where: { id: { in: demoUsers } }, data: { partyMember: true } });
  await db.department.update({
    where: { id: demo.id },
    data: { headId: demoUsers[0], liaisonId: demoUsers[1] },
  });
  created.users.push(l.id, o.id, ...demoUsers);
  created.departments.push(ld.id, demo.id);
  ctx = await scaleContext(db, new Rng(11), NOW);
  years = (ctx.months.length - 1) / 12;
  anonymousBefore = await anonymousLetterIds();
  const r = await db.$transaction(
    async (tx) => {
      await addDemoYears(tx, ctx, batchWriter(tx, new Map()), [demo.id]);
      olderRounds = await addOlderRounds(tx, ctx, batchWriter(tx, new Map()), [demo.id]);
      return addCopies(tx, ctx, COPY, COPY, { shared: false });
    },
    { timeout: 600_000 },
  );
  copyDepartments = r.departmentIds;
  copyUsers = (
    await db.user.findMany({
      where: { departmentId: { in: copyDepartments } },
      select: { id: true },
    })
  ).map((u) => u.id);
  created.users.push(...copyUsers);
  created.departments.push(...copyDepartments);
  added = [...(await anonymousLetterIds())].filter((id) => !anonymousBefore.has(id));
}, 600_000);

afterAll(async () => {
  await db.pulseRound.deleteMany({ where: { id: { in: olderRounds } } });
  await removeScaled(ctx, created, anonymousBefore);
  expect(await db.user.count({ where: { id: { in: created.users } } })).toBe(0);
  expect(await db.mailboxMessage.count({ where: { id: { in: added } } })).toBe(0);
}, 120_000);

describe("the scaled departments' own records (issue 18 item 1)", () => {
  it("hold their own study activities on the demo's schedule, with attendance recorded", async () => {
    const activities = await db.studyActivity.findMany({
      where: { organiserId: { in: copyUsers } },
      select: {
        id: true,
        scopeType: true,
        scopeValue: true,
        heldAt: true,
        recordedAt: true,
        organiserId: true,
        attendance: { select: { userId: true, status: true, recordedById: true } },
      },
    });
    // Three branches × nine 三会一课 and twelve departments × two 专题学习 a year.
    about(activities.length, years * (3 * 9 + 12 * 2));
    const rows = activities.flatMap((a) => a.attendance);
    const recorded = rows.filter((r) => r.status !== null);
    about(recorded.filter((r) => r.status === "PRESENT").length, recorded.length * 0.9);
    for (const a of activities) {
      expect(a.attendance.length).toBeGreaterThan(0);
      const past = a.heldAt < new Date(NOW.getTime() - 3 * 3600_000);
      expect(a.recordedAt !== null).toBe(past);
      for (const r of a.attendance) {
        expect(r.status !== null).toBe(past);
        if (r.status) expect(r.recordedById).toBe(a.organiserId);
      }
      if (a.scopeType === "DEPARTMENTS") {
        const [dept] = JSON.parse(a.scopeValue) as string[];
        const inDept = await db.user.count({
          where: { id: { in: a.attendance.map((r) => r.userId) }, departmentId: dept },
        });
        expect(inDept).toBe(a.attendance.length);
      }
    }
    // The app shows an activity to its attendees, and not to a stranger.
    const a = activities.find((x) => x.scopeType === "DEPARTMENTS")!;
    const attendee = a.attendance.find((r) => r.userId !== a.organiserId)!.userId;
    expect(await findVisibleActivity({ id: attendee, roles: ["STAFF"] }, a.id)).not.toBeNull();
    expect(await findVisibleActivity({ id: demoUsers[5], roles: ["STAFF"] }, a.id)).toBeNull();
  });

  it("write signed letters and major matters encrypted, which the app reads back", async () => {
    const people = copyUsers.length;
    const signed = await db.mailboxMessage.findMany({
      where: { authorId: { in: copyUsers } },
      select: { id: true, authorId: true, anonymous: true, subjectEnc: true },
    });
    about(signed.length, LETTER_RATES.signed * people * years);
    const subjects = new Set(LETTERS.map((l) => l.subject));
    for (const m of signed.slice(0, 20)) {
      expect(m.anonymous).toBe(false);
      expect(subjects.has(m.subjectEnc)).toBe(false);
      const t = await getMyLetter(await sessionOf(m.authorId!), m.id);
      expect(subjects.has(t!.subject)).toBe(true);
      expect(t!.entries[0].kind).toBe("WRITER");
    }
    const matters = await db.majorMatterReport.findMany({
      where: { userId: { in: copyUsers } },
      select: { id: true, category: true, detailEnc: true },
    });
    about(matters.length, LETTER_RATES.majorMatters * people * years);
    const office = await sessionOf(officeId);
    for (const m of matters.slice(0, 20)) {
      expect(DETAILS[m.category]).not.toContain(m.detailEnc);
      const r = await readMatter(office, m.id, "127.0.0.1");
      expect(DETAILS[m.category]).toContain(r!.detail);
    }
  });

  it("write anonymous letters that name nobody, anywhere in their rows", async () => {
    const personYears = copyUsers.length * years + demoUsers.length * (years - DEMO_MONTHS / 12);
    about(added.length, LETTER_RATES.anonymous * personYears);
    const letters = await db.mailboxMessage.findMany({
      where: { id: { in: added } },
      include: { entries: true },
    });
    const people = await db.user.findMany({
      where: { id: { in: [...copyUsers, ...demoUsers] } },
      select: { id: true, username: true, employeeNo: true },
    });
    const marks = people.flatMap((p) => [p.id, p.username, p.employeeNo]);
    for (const m of letters) {
      expect(m.anonymous).toBe(true);
      expect(m.authorId).toBeNull();
      expect(m.accessCodeHash).toMatch(/^[0-9a-f]{64}$/);
      expect(m.id).toMatch(/^m[0-9a-z]{24}$/);
      for (const e of m.entries) {
        expect(e.id).toMatch(/^e[0-9a-z]{24}$/);
        if (e.kind === "WRITER") expect([e.authorId, e.postedAt]).toEqual([null, null]);
        else expect(e.authorId).toBe(ctx.chiefId);
      }
      const text = JSON.stringify(m);
      for (const mark of marks) expect(text).not.toContain(mark);
      // The app reads the thread back (the tracking page reads it by the code's hash).
      const t = await loadThread(db, { accessCodeHash: m.accessCodeHash! });
      expect(LETTERS.some((l) => l.subject === t!.subject && l.body === t!.entries[0].body)).toBe(
        true,
      );
    }
  });

  it("give the demo departments years 3–5 back, and leave their last two years alone", async () => {
    const cutoff = ctx.months[ctx.months.length - 1 - DEMO_MONTHS].startsAt;
    const users = { in: demoUsers };
    const reports = await db.liaisonReport.findMany({
      where: { departmentId: demoDept },
      select: { period: { select: { startsAt: true } } },
    });
    expect(reports.length).toBeGreaterThanOrEqual(30);
    expect(reports.length).toBeLessThanOrEqual(36);
    const older = years - DEMO_MONTHS / 12;
    const dated: [string, Date[]][] = [
      ["reports", reports.map((r) => r.period!.startsAt)],
      [
        "studyLogs",
        (await db.studyLog.findMany({ where: { userId: users } })).map((r) => r.studiedOn),
      ],
      [
        "talks",
        (await db.talkRecord.findMany({ where: { intervieweeId: users } })).map((r) => r.heldOn),
      ],
      [
        "consultations",
        (await db.consultation.findMany({ where: { askerId: users } })).map((r) => r.askedAt),
      ],
      [
        "matters",
        (await db.majorMatterReport.findMany({ where: { userId: users } })).map((r) => r.createdAt),
      ],
      [
        "study",
        (await db.studyActivity.findMany({ where: { organiserId: users } })).map((r) => r.heldAt),
      ],
      [
        "culture",
        (await db.cultureEvent.findMany({ where: { createdById: users } })).map((r) => r.startsAt),
      ],
    ];
    for (const [name, dates] of dated) {
      expect(dates.length, name).toBeGreaterThan(0);
      for (const d of dates) expect(d < cutoff, name).toBe(true);
    }
    about(dated[1][1].length, 3 * demoUsers.length * older);
    about(dated[2][1].length, 2 * demoUsers.length * older);
    // Nothing left open in years long past.
    expect(await db.studyLog.count({ where: { userId: users, status: "SUBMITTED" } })).toBe(0);
    expect(
      await db.majorMatterReport.count({ where: { userId: users, status: "SUBMITTED" } }),
    ).toBe(0);
  });

  it("add the quarterly pulse rounds of years 3–5 back, answered as the app releases answers", async () => {
    const cutoff = ctx.months[ctx.months.length - 1 - DEMO_MONTHS].startsAt;
    const rounds = await db.pulseRound.findMany({
      where: { id: { in: olderRounds } },
      include: { _count: { select: { questions: true, responses: true, participations: true } } },
    });
    expect(rounds.length).toBe((years - DEMO_MONTHS / 12) * 4);
    for (const r of rounds) {
      expect(r.closesAt < cutoff).toBe(true);
      expect(r.eligibleCount).toBe(demoUsers.length);
      expect(r._count.questions).toBe(STANDARD_QUESTIONS.length);
      // Coarsened to tuples of at least 5; a token per respondent, apart from the answers.
      expect(r._count.responses).toBeGreaterThanOrEqual(5);
      expect(r._count.participations).toBe(r._count.responses);
      expect(JSON.parse(r.groupSizes!)).not.toEqual({});
    }
    // The app's results page reads the round as released, nothing left to open.
    const res = await getRoundResults(await sessionOf(officeId), rounds[0].id, "127.0.0.1");
    expect(res!.responses).toBe(rounds[0]._count.participations);
    expect(res!.results).not.toBeNull();
  });
});
