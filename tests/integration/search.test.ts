// The global search (issue 15 item 6) against a real database: every kind is
// the viewer's own list with the keyword, so a staff member never finds
// another person's talk, letter or discipline record (nor anyone through the
// account list), a leader finds the talks they conducted and never 政治处's,
// with no talk notes in any row; the mailbox is the handler's alone; hits on
// confidential kinds leave one "search.confidential" audit row without the
// keyword; bad input gets a Chinese message and never throws; and AUDITOR,
// who may open no list, gets 404 for /search.
import { beforeAll, describe, expect, it } from "vitest";

import SearchPage from "@/app/(portal)/search/page";
import type { SessionUser } from "@/lib/auth/session";
import { confirmConductRecord, createConductRecord } from "@/lib/conduct/actions";
import { listConduct } from "@/lib/conduct/queries";
import { askConsultation } from "@/lib/consult/actions";
import { listConsultView } from "@/lib/consult/queries";
import { createCultureEvent } from "@/lib/culture/events/actions";
import { listEvents } from "@/lib/culture/events/queries";
import { db } from "@/lib/db";
import { listFollowUps } from "@/lib/follow-ups/queries";
import { toDateTimeInput } from "@/lib/format";
import { saveMailboxSettings, sendSignedLetter } from "@/lib/mailbox/actions";
import { listInbox } from "@/lib/mailbox/queries";
import { createReport, submitReport } from "@/lib/reports/actions";
import { listReports } from "@/lib/reports/queries";
import { PER_KIND, searchAll, type SearchResults } from "@/lib/search/queries";
import { listActivities } from "@/lib/study/activities/queries";
import { createStudyLog } from "@/lib/study/log/actions";
import { listMyLogs, listReviewQueue } from "@/lib/study/log/queries";
import { recordTalk } from "@/lib/talks/actions";
import { listTalks } from "@/lib/talks/queries";

import { DISCIPLINE } from "./fixtures/conduct";
import { draftsFor } from "./fixtures/reports";
import { day, session } from "./fixtures/talks";
import { actAs, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

// A keyword no other test file uses, in the target's name and in every record's title.
const KEY = "寻踪甲";
type U = Awaited<ReturnType<typeof makeUser>>;
let office: U, leader: U, chief: U, head: U, liaison: U, target: U, staff: U, auditor: U, admin: U;
const ids = {
  officeTalk: "",
  leaderTalk: "",
  letter: "",
  discipline: "",
  commendation: "",
  report: "",
};
const CONCERN = "关注人员的保密描述";

async function conductRecord(extra: Record<string, unknown>) {
  await actAs(office);
  const id = dataOf(
    await createConductRecord({
      category: "COMMENDATION",
      kind: "CITATION",
      level: "COURT",
      subjectType: "PERSON",
      subjectUserId: target.id,
      occurredOn: "2026-03-12",
      issuer: "本院",
      docNo: "梁检政〔2026〕99号",
      title: `${KEY}办案成效突出`,
      description: "",
      ...extra,
    }),
  ).id;
  dataOf(await confirmConductRecord({ id }));
  return id;
}

async function talk(as: U, notes: string) {
  await actAs(as);
  return dataOf(
    await recordTalk({
      intervieweeId: target.id,
      heldOn: day(-3),
      occasion: "ROUTINE",
      topics: "工作压力",
      notes,
      needsFollowUp: "",
    }),
  ).id;
}

beforeAll(async () => {
  const dept = await makeDepartment();
  office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  leader = await makeUser({ roles: ["LEADER", "STAFF"] });
  chief = await makeUser({ roles: ["LEADER", "STAFF"] });
  head = await makeUser({ roles: ["DEPT_HEAD", "STAFF"], departmentId: dept.id });
  target = await makeUser({ departmentId: dept.id, realName: `${KEY}干警` });
  staff = await makeUser({ departmentId: dept.id });
  auditor = await makeUser({ roles: ["AUDITOR"] });
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  liaison = await makeUser({ roles: ["LIAISON", "STAFF"], departmentId: dept.id });
  await db.department.update({
    where: { id: dept.id },
    data: { headId: head.id, liaisonId: liaison.id },
  });
  await actAs(admin);
  dataOf(await saveMailboxSettings({ chiefId: chief.id, delegateId: "" }));

  ids.officeTalk = await talk(office, "政治处谈话的保密内容");
  ids.leaderTalk = await talk(leader, "院领导谈话的保密内容");
  ids.discipline = await conductRecord({ ...DISCIPLINE, title: `${KEY}${DISCIPLINE.title}` });
  ids.commendation = await conductRecord({});
  await actAs(target);
  ids.letter = dataOf(
    await sendSignedLetter({ category: "PROBLEM", subject: `${KEY}反映食堂`, body: "来信正文" }),
  ).id;
  await actAs(liaison);
  const topic = (await db.hotTopic.create({ data: { name: `话题${Date.now()}` } })).id;
  const draft = draftsFor(topic)(target.id, {
    kind: "ADHOC",
    periodKey: undefined,
    title: `${KEY}即时报告`,
    concerns: [{ personId: target.id, kind: "PRESSURE", description: CONCERN, suggestion: "谈话" }],
  });
  ids.report = dataOf(await createReport(draft)).id;
  dataOf(await submitReport({ id: ids.report }));
  await actAs(target);
  const studiedOn = day(-1);
  dataOf(await createStudyLog({ kind: "READING", title: `${KEY}读书`, studiedOn, hours: "1" }));
  await actAs(office);
  dataOf(
    await createCultureEvent({
      clubId: "",
      type: "READING",
      title: `${KEY}读书会`,
      location: "图书室",
      startsAt: toDateTimeInput(new Date(Date.now() + 5 * 24 * 3600_000)),
      capacity: "",
    }),
  );
  await actAs(target);
  dataOf(await askConsultation({ channel: "ONLINE", tags: ["QUOTA"], question: "入额条件？" }));
});

const kinds = (r: SearchResults) => r.groups.map((g) => g.kind);
const group = (r: SearchResults, kind: string) => r.groups.find((g) => g.kind === kind);
const idsOf = (r: SearchResults, kind: string) => group(r, kind)?.rows.map((x) => x.id) ?? [];

async function searchAs(u: U, q = KEY): Promise<{ v: SessionUser; r: SearchResults }> {
  const v = await session(u);
  return { v, r: await searchAll(v, q) };
}

async function confidentialAudits(u: U) {
  return db.auditLog.findMany({
    where: { action: "search.confidential", userId: u.id },
    orderBy: { seq: "asc" },
  });
}

describe("what each viewer finds", () => {
  it("staff find nobody's talk, letter, discipline record or account, and leave no confidential audit", async () => {
    const { r } = await searchAs(staff);
    expect(kinds(r)).not.toContain("talk");
    expect(kinds(r)).not.toContain("letter");
    expect(kinds(r)).not.toContain("person");
    expect(kinds(r)).not.toContain("report");
    expect(r.searched).not.toContain("person");
    expect(r.searched).not.toContain("talk");
    const seen = r.groups.flatMap((g) => g.rows.map((x) => x.id));
    for (const id of Object.values(ids)) expect(seen).not.toContain(id);
    expect(await confidentialAudits(staff)).toHaveLength(0);
  });

  it("the person concerned finds their own records, never the talks about them", async () => {
    const { r } = await searchAs(target);
    expect(group(r, "studyLog")?.total).toBe(1);
    expect(group(r, "event")?.total).toBe(1);
    expect(idsOf(r, "conduct").sort()).toEqual([ids.discipline, ids.commendation].sort());
    expect(kinds(r)).not.toContain("talk");
    // Their own discipline record is not another person's: no confidential audit.
    expect(await confidentialAudits(target)).toHaveLength(0);
  });

  it("a leader finds reports and the talk they conducted, never 政治处's, and no talk notes", async () => {
    const { r } = await searchAs(leader);
    expect(idsOf(r, "report")).toEqual([ids.report]);
    expect(JSON.stringify(r)).not.toContain(CONCERN);
    expect(idsOf(r, "talk")).toEqual([ids.leaderTalk]);
    expect(kinds(r)).not.toContain("letter");
    expect(JSON.stringify(r)).not.toContain("保密内容");
    expect(JSON.stringify(r)).not.toContain("notes");
  });

  it("a head finds the department's report and the study log they review, no one's talk", async () => {
    const { r } = await searchAs(head);
    expect(idsOf(r, "report")).toEqual([ids.report]);
    expect(group(r, "studyReview")?.total).toBe(1);
    expect(kinds(r)).not.toContain("talk");
    expect(idsOf(r, "conduct")).toEqual([ids.commendation]);
  });

  it("the mailbox's letters are the handler's alone, by subject", async () => {
    expect(idsOf((await searchAs(chief)).r, "letter")).toEqual([ids.letter]);
    expect(kinds((await searchAs(office)).r)).not.toContain("letter");
    expect(JSON.stringify((await searchAs(chief)).r)).not.toContain("来信正文");
  });

  it("SYS_ADMIN finds the person through the account list, and no business record", async () => {
    const { r } = await searchAs(admin);
    expect(r.searched).toEqual(["person"]);
    expect(group(r, "person")?.rows.map((u) => u.id)).toEqual([target.id]);
  });
});

describe("audit", () => {
  it("政治处's hits on talks and discipline leave one row with counts and ids, not the keyword", async () => {
    const before = (await confidentialAudits(office)).length;
    const { r } = await searchAs(office);
    expect(idsOf(r, "talk").sort()).toEqual([ids.officeTalk, ids.leaderTalk].sort());
    const rows = await confidentialAudits(office);
    expect(rows).toHaveLength(before + 1);
    const row = rows.at(-1)!;
    expect(row.result).toBe("SUCCESS");
    expect(row.detail).not.toContain(KEY);
    const detail = JSON.parse(row.detail!);
    expect(detail).toMatchObject({ keywordLength: KEY.length, talk: 2, conductDiscipline: 1 });
    expect(detail.ids.split(",").sort()).toEqual(
      [ids.officeTalk, ids.leaderTalk, ids.discipline].sort(),
    );
  });

  it("the handler's hit on a letter is audited; a search without confidential hits is not", async () => {
    await searchAs(chief);
    const detail = JSON.parse((await confidentialAudits(chief)).at(-1)!.detail!);
    expect(detail).toMatchObject({ letter: 1, ids: expect.stringContaining(ids.letter) });
    const before = (await confidentialAudits(office)).length;
    await searchAs(office, "没有这样的记录");
    expect(await confidentialAudits(office)).toHaveLength(before);
  });
});

describe("each kind is the viewer's own list with the same keyword", () => {
  it("equals the talk, inbox, conduct, report, follow-up, study, event and consultation lists", async () => {
    for (const u of [office, leader, chief, head, liaison, target, staff]) {
      const { v, r } = await searchAs(u, KEY);
      const head5 = <T extends { id: string }>(rows: T[]) =>
        rows.slice(0, PER_KIND).map((x) => x.id);
      const talks = await listTalks(v, { q: KEY, page: 1 });
      expect(idsOf(r, "talk")).toEqual(head5(talks.rows));
      expect(group(r, "talk")?.total ?? 0).toBe(talks.total);
      const inbox = await listInbox(v, { q: KEY, page: 1 });
      expect(idsOf(r, "letter")).toEqual(head5(inbox?.rows ?? []));
      const conduct = await listConduct(v, { q: KEY, page: 1 });
      expect(idsOf(r, "conduct")).toEqual(head5(conduct.rows));
      expect(group(r, "conduct")?.total ?? 0).toBe(conduct.total);
      const reports = await listReports(v, { q: KEY, page: 1 });
      expect(idsOf(r, "report")).toEqual(head5(reports.rows));
      expect(group(r, "report")?.total ?? 0).toBe(reports.total);
      const followUps = await listFollowUps(v, { q: KEY, overdue: false, page: 1 });
      expect(idsOf(r, "followUp")).toEqual(head5(followUps.rows));
      const logs = await listMyLogs(v, { q: KEY, page: 1 });
      expect(idsOf(r, "studyLog")).toEqual(head5(logs.rows));
      const review = await listReviewQueue(v, { q: KEY, status: "ALL", page: 1 });
      expect(idsOf(r, "studyReview")).toEqual(head5(review?.rows ?? []));
      const activities = await listActivities(v, { q: KEY, page: 1 });
      expect(idsOf(r, "activity")).toEqual(head5(activities.rows));
      const events = await listEvents(v, null, { q: KEY, page: 1 });
      expect(idsOf(r, "event")).toEqual(head5(events.rows));
      expect(group(r, "event")?.total ?? 0).toBe(events.total);
      const consult = await listConsultView(v, { q: "入额", tab: "all", page: 1 });
      const c = await searchAll(v, "入额");
      expect(idsOf(c, "consult")).toEqual(head5(consult.rows));
      expect(group(c, "consult")?.total ?? 0).toBe(consult.total);
    }
  });
});

describe("bad input and refusals", () => {
  it("an empty, over-long or control-character keyword renders a Chinese message, never a 500", async () => {
    await actAs(office);
    for (const q of ["", "   ", "长".repeat(51), "甲\u0007乙", ["a", "b"], "%_'\"<script>"]) {
      const html = JSON.stringify(await SearchPage({ searchParams: Promise.resolve({ q }) }));
      expect(html).not.toContain("NEXT_");
      if (q === "" || q === "   ") expect(html).toContain("请输入要搜索的关键词");
      if (q === "长".repeat(51)) expect(html).toContain("关键词不能超过 50 个字符");
      if (q === "甲\u0007乙") expect(html).toContain("关键词含有无法识别的字符");
    }
  });

  it("AUDITOR, who may open no list, gets 404 for /search (audited)", async () => {
    await actAs(auditor);
    await expect(SearchPage({ searchParams: Promise.resolve({ q: KEY }) })).rejects.toThrow(
      "NEXT_NOT_FOUND",
    );
    const denied = await db.auditLog.findFirst({
      where: { userId: auditor.id, action: "page.view", objectId: "/search" },
    });
    expect(denied?.result).toBe("DENIED");
  });
});
