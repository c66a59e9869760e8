// The leadership dashboard on a real database: the index, heatmap and
// warnings computed by the grouped queries equal hand-computed values (the same
// fixture and arithmetic as tests/unit/dashboard-index.test.ts, here as rows);
// drafts, ad-hoc reports and rounds still open are left out; hot topics,
// follow-up counts and campaign coverage; only LEADER and 政治处 open the page;
// 政治处 opens a follow-up from a warning once, audited.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import DashboardPage from "@/app/(portal)/dashboard/page";
import { loadSessionUser } from "@/lib/auth/session";
import { encryptText } from "@/lib/crypto";
import { openWarningFollowUp } from "@/lib/dashboard/actions";
import { getDashboard, loadSentiment } from "@/lib/dashboard/queries";
import { monthOf, monthsEnding } from "@/lib/dates";
import { db } from "@/lib/db";
import { periodFromKey } from "@/lib/reports/periods";
import { listReports } from "@/lib/reports/queries";
import { ReportListFilter } from "@/lib/reports/schemas";

import { actAs, lastAudit, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

type U = { id: string };
const NOW = new Date("2020-08-20T12:00:00+08:00");
const shanghai = (s: string) => new Date(`${s}+08:00`);
const months = monthsEnding("2020-08", 24);
const at = (key: string) => months.indexOf(key);

let A: { id: string; name: string },
  B: { id: string; name: string },
  C: { id: string; name: string },
  D: { id: string; name: string };
let office: U, leader: U, head: U, staff: U, liaison: U;
const created = {
  periods: [] as string[],
  reports: [] as string[],
  rounds: [] as string[],
  topics: [] as string[],
  followUps: [] as string[],
  campaigns: [] as string[],
  talks: [] as string[],
};
const reportIds = new Map<string, string>();

async function period(key: string): Promise<string> {
  const existing = await db.reportPeriod.findUnique({ where: { key }, select: { id: true } });
  if (existing) return existing.id;
  const p = periodFromKey(key)!;
  const row = await db.reportPeriod.create({
    data: {
      key,
      label: p.label,
      frequency: p.frequency,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      dueAt: p.dueAt,
    },
  });
  created.periods.push(row.id);
  return row.id;
}

async function report(
  departmentId: string,
  key: string | null,
  mood: number,
  opts: { status?: string; kind?: string; topics?: string[]; submittedAt?: Date } = {},
) {
  const r = await db.liaisonReport.create({
    data: {
      departmentId,
      periodId: key ? await period(key) : null,
      kind: opts.kind ?? "PERIODIC",
      authorId: liaison.id,
      status: opts.status ?? "REVIEWED",
      title: opts.kind === "ADHOC" ? "即时报告" : "",
      mood,
      stability: "STABLE",
      submittedAt: opts.submittedAt ?? null,
      topics: opts.topics ? { create: opts.topics.map((topicId) => ({ topicId })) } : undefined,
    },
  });
  created.reports.push(r.id);
  if (key && (opts.status ?? "REVIEWED") !== "DRAFT") reportIds.set(`${departmentId}|${key}`, r.id);
  return r.id;
}

/** A round with two questions; each response is [answer1, answer2]. */
async function round(
  closesAt: string,
  groups: { departmentId: string | null; ageLayer: string; answers: [number, number][] }[],
) {
  const r = await db.pulseRound.create({
    data: {
      title: "思想状况测评",
      opensAt: new Date(shanghai(closesAt).getTime() - 7 * 86400_000),
      closesAt: shanghai(closesAt),
      eligibleCount: 50,
      createdById: office.id,
      questions: {
        create: [
          { position: 1, text: "工作状态" },
          { position: 2, text: "对改革的信心" },
        ],
      },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  created.rounds.push(r.id);
  for (const g of groups) {
    for (const [a1, a2] of g.answers) {
      await db.pulseResponse.create({
        data: {
          id: randomUUID(),
          roundId: r.id,
          departmentId: g.departmentId,
          ageLayer: g.ageLayer,
          answers: {
            create: [
              { questionId: r.questions[0].id, value: a1 },
              { questionId: r.questions[1].id, value: a2 },
            ],
          },
        },
      });
    }
  }
  return r.id;
}
const times = (n: number, pair: [number, number]) => Array.from({ length: n }, () => pair);
let R1: string, R2: string;
let T1: string, T2: string;

beforeAll(async () => {
  const stamp = Date.now().toString(36);
  [A, B, C, D] = [
    await makeDepartment(`甲部${stamp}`),
    await makeDepartment(`乙部${stamp}`),
    await makeDepartment(`丙部${stamp}`),
    await makeDepartment(`丁部${stamp}`),
  ];
  for (const [i, d] of [A, B, C, D].entries())
    await db.department.update({ where: { id: d.id }, data: { sortOrder: 9001 + i } });
  office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  leader = await makeUser({ roles: ["LEADER", "STAFF"] });
  head = await makeUser({ departmentId: A.id, roles: ["DEPT_HEAD", "STAFF"] });
  staff = await makeUser({ departmentId: A.id });
  liaison = await makeUser({ departmentId: A.id, roles: ["LIAISON", "STAFF"] });
  T1 = (await db.hotTopic.create({ data: { name: `工作压力${stamp}` } })).id;
  T2 = (await db.hotTopic.create({ data: { name: `入额${stamp}` } })).id;
  created.topics.push(T1, T2);

  // Moods 2020-01 … 2020-08 (same table as the unit test; "-" not filed):
  //        01 02 03 04 05 06 07 08
  //   A     4  4  4  4  4  4  4  3
  //   B     4  4  4  4  4  4  4  4
  //   C     3  -  3  3  -  3  3  2
  //   D     5  5  5  5  5  5  5  5
  const table: [typeof A, (number | null)[]][] = [
    [A, [4, 4, 4, 4, 4, 4, 4, 3]],
    [B, [4, 4, 4, 4, 4, 4, 4, 4]],
    [C, [3, null, 3, 3, null, 3, 3, 2]],
    [D, [5, 5, 5, 5, 5, 5, 5, 5]],
  ];
  // Tags: recent window 2020-05…07: T1 ×3 (A 05, B 06, C 07), T2 ×1 (A 05);
  //       previous 2020-02…04: T2 ×2 (B 02, A 03), T1 ×1 (the ad-hoc report of 04-10).
  const tags: Record<string, string[]> = {
    [`${A.id}|2020-05`]: [T1, T2],
    [`${B.id}|2020-06`]: [T1],
    [`${C.id}|2020-07`]: [T1],
    [`${B.id}|2020-02`]: [T2],
    [`${A.id}|2020-03`]: [T2],
  };
  for (const [dept, row] of table) {
    for (let i = 0; i < 8; i++) {
      const key = `2020-0${i + 1}`;
      if (row[i] !== null)
        await report(dept.id, key, row[i]!, { topics: tags[`${dept.id}|${key}`] });
    }
  }
  // Left out of every figure: a draft (mood 1, tagged) and an ad-hoc report's mood.
  await report(C.id, "2020-05", 1, { status: "DRAFT", topics: [T1] });
  await report(A.id, null, 1, {
    kind: "ADHOC",
    status: "SUBMITTED",
    submittedAt: shanghai("2020-04-10T10:00:00"),
    topics: [T1],
  });

  // Rounds, as in the unit test: R0 too small to show anything; R1 merges B and C into 其他部门; R2 shows A, B, C.
  await round("2020-02-20T18:00:00", [
    { departmentId: A.id, ageLayer: "MIDDLE", answers: times(3, [3, 2]) },
  ]);
  R1 = await round("2020-05-20T18:00:00", [
    { departmentId: A.id, ageLayer: "MIDDLE", answers: times(3, [4, 4]) }, // 24
    {
      departmentId: A.id,
      ageLayer: "YOUNG",
      answers: [
        [4, 4],
        [4, 3],
        [4, 3],
      ],
    }, // 22
    { departmentId: B.id, ageLayer: "MIDDLE", answers: times(5, [4, 4]) }, // 40
    { departmentId: C.id, ageLayer: "YOUNG", answers: times(2, [3, 3]) }, // 12
    { departmentId: null, ageLayer: "OLD", answers: times(2, [4, 3]) }, // 14
  ]);
  R2 = await round("2020-08-10T18:00:00", [
    { departmentId: A.id, ageLayer: "MIDDLE", answers: times(5, [2, 2]) }, // 20
    { departmentId: B.id, ageLayer: "MIDDLE", answers: times(4, [4, 4]) }, // 32
    { departmentId: B.id, ageLayer: "YOUNG", answers: times(3, [4, 4]) }, // 24
    {
      departmentId: C.id,
      ageLayer: "YOUNG",
      answers: [
        [5, 4],
        [5, 4],
        [5, 4],
        [4, 4],
        [4, 4],
      ],
    }, // 43
  ]);
  // Still open at NOW (closes 08-25): would pull A's August pulse to 5 if counted.
  await round("2020-08-25T18:00:00", [
    { departmentId: A.id, ageLayer: "MIDDLE", answers: times(6, [5, 5]) },
  ]);
});

afterAll(async () => {
  await db.followUp.deleteMany({ where: { id: { in: created.followUps } } });
  await db.talkRecord.deleteMany({ where: { id: { in: created.talks } } });
  await db.talkCampaign.deleteMany({ where: { id: { in: created.campaigns } } });
  await db.liaisonReport.deleteMany({ where: { id: { in: created.reports } } });
  await db.hotTopic.deleteMany({ where: { id: { in: created.topics } } });
  await db.reportPeriod.deleteMany({ where: { id: { in: created.periods } } });
  await db.pulseRound.deleteMany({ where: { id: { in: created.rounds } } });
});

const session = async (u: U) => (await loadSessionUser(await actAs(u)))!;
const idx = (cells: { kind: string; index?: number }[]) =>
  cells
    .slice(at("2020-01"))
    .map((c) => (c.kind === "value" ? c.index : c.kind === "masked" ? "masked" : "—"));

describe("dashboard figures", () => {
  it("equal the hand-computed index, heatmap and warnings", async () => {
    const s = await loadSentiment(db, NOW);
    expect(s.months).toEqual(months);
    // Nothing before 2020-01.
    expect(s.overall.cells.slice(0, at("2020-01")).every((c) => c.kind === "empty")).toBe(true);
    // 01 M 4 → 75; 02 R0 too small, M (4+4+5)/3 → 83.3; 05 P 112/30, M 13/3 → 74.3; 08 P 119/34 = 3.5, M 3.5 → 62.5
    expect(idx(s.overall.cells)).toEqual([75, 83.3, 75, 75, 74.3, 75, 75, 62.5]);
    expect(s.overall.cells[at("2020-02")]).toMatchObject({ pulse: null, n: null, roundIds: [] });
    expect(s.overall.cells[at("2020-05")]).toMatchObject({ n: 15, roundIds: [R1] });
    expect(s.overall.cells[at("2020-08")]).toMatchObject({
      n: 17,
      pulse: 3.5,
      mood: 3.5,
      roundIds: [R2],
    });

    const row = (id: string) => s.departments.find((r) => r.key === id)!;
    expect(idx(row(A.id).cells)).toEqual([75, "masked", 75, 75, 72.5, 75, 75, 35]);
    expect(idx(row(B.id).cells)).toEqual([75, "masked", 75, 75, "masked", 75, 75, 75]);
    expect(idx(row(C.id).cells)).toEqual([50, "masked", 50, 50, "masked", 50, 50, 59.5]);
    expect(idx(row(D.id).cells)).toEqual([100, "masked", 100, 100, "masked", 100, 100, "masked"]);
    expect(row(A.id).cells[at("2020-05")]).toMatchObject({
      n: 6,
      mood: 4,
      roundIds: [R1],
      reportId: reportIds.get(`${A.id}|2020-05`),
    });

    // 其他部门 in May: P (40+12+14)/18, M = B's 4 (C's draft left out) → 70, with B and C.
    expect(idx(s.other!.cells)).toEqual(["—", "—", "—", "—", 70, "—", "—", "—"]);
    expect(s.other!.cells[at("2020-05")]).toMatchObject({ n: 9, mood: 4 });
    expect(s.other!.members![at("2020-05")]).toEqual([B.name, C.name]);

    // A: 35 against (75+75+72.5+75+75)/5 = 74.5.
    expect(s.warnings.filter((w) => [A.id, B.id, C.id, D.id].includes(w.departmentId))).toEqual([
      {
        departmentId: A.id,
        name: A.name,
        month: "2020-08",
        latest: 35,
        baseline: 74.5,
        drop: 39.5,
        baselineMonths: months.slice(at("2020-02"), at("2020-08")),
      },
    ]);
  });

  it("counts hot topics, follow-ups and campaign coverage, and gives report links only to 政治处", async () => {
    const before = await getDashboard(await session(leader), NOW);
    // Follow-ups: two active (one past due at NOW), one closed.
    for (const f of [
      { status: "OPEN", dueDate: shanghai("2020-08-01T23:59:59") },
      { status: "IN_PROGRESS", dueDate: shanghai("2020-09-30T23:59:59") },
      { status: "CLOSED", dueDate: shanghai("2020-07-01T23:59:59") },
    ]) {
      created.followUps.push(
        (await db.followUp.create({ data: { title: "测试督办", sourceType: "MANUAL", ...f } })).id,
      );
    }
    // A campaign of four, two covered (one talk in the campaign, one inside its window); an old one left out.
    const people = [
      await makeUser({ departmentId: B.id }),
      await makeUser({ departmentId: B.id }),
      await makeUser({ departmentId: B.id }),
      await makeUser({ departmentId: B.id }),
    ];
    const c = await db.talkCampaign.create({
      data: {
        title: "下半年谈心谈话",
        scopeType: "DEPARTMENTS",
        startsOn: shanghai("2020-07-01T00:00:00"),
        endsOn: shanghai("2020-08-31T00:00:00"),
        createdById: office.id,
        members: { create: people.map((p) => ({ userId: p.id })) },
      },
    });
    const old = await db.talkCampaign.create({
      data: {
        title: "年初谈话",
        scopeType: "ALL",
        startsOn: shanghai("2020-01-01T00:00:00"),
        endsOn: shanghai("2020-03-31T00:00:00"),
        createdById: office.id,
        members: { create: [{ userId: people[0].id }] },
      },
    });
    created.campaigns.push(c.id, old.id);
    for (const [p, campaignId, heldOn] of [
      [people[0], c.id, "2020-07-15T10:00:00"],
      [people[1], null, "2020-08-03T10:00:00"],
      [people[2], null, "2020-06-03T10:00:00"],
    ] as const) {
      created.talks.push(
        (
          await db.talkRecord.create({
            data: {
              interviewerId: office.id,
              intervieweeId: p.id,
              heldOn: shanghai(heldOn),
              occasion: "ROUTINE",
              notesEnc: encryptText("x"),
              campaignId,
              createdById: office.id,
            },
          })
        ).id,
      );
    }

    const d = (await getDashboard(await session(leader), NOW))!;
    expect(d.topics.recentMonths).toEqual(["2020-05", "2020-06", "2020-07"]);
    expect(d.topics.previousMonths).toEqual(["2020-02", "2020-03", "2020-04"]);
    const topic = (id: string) => d.topics.rows.find((t) => t.id === id);
    expect(topic(T1)).toMatchObject({ recent: 3, previous: 1 });
    expect(topic(T2)).toMatchObject({ recent: 1, previous: 2 });

    expect(d.followUps.active - before!.followUps.active).toBe(2);
    expect(d.followUps.overdue - before!.followUps.overdue).toBe(1);
    expect(d.campaigns.find((x) => x.id === c.id)).toMatchObject({
      members: 4,
      covered: 2,
      percent: 50,
      open: true,
    });
    expect(d.campaigns.map((x) => x.id)).not.toContain(old.id);

    // LEADER may not open reports, follow-up lists or campaigns: no report ids, no such links.
    expect(d.may).toEqual({
      readReports: false,
      manageFollowUps: false,
      manageCampaigns: false,
      readStudyRankings: true,
    });
    expect(
      d.departments.flatMap((r) => r.cells).some((x) => x.kind === "value" && x.reportId),
    ).toBe(false);
    const o = (await getDashboard(await session(office), NOW))!;
    expect(o.may).toEqual({
      readReports: true,
      manageFollowUps: true,
      manageCampaigns: true,
      readStudyRankings: true,
    });
    expect(o.departments.find((r) => r.key === A.id)!.cells[at("2020-05")]).toMatchObject({
      reportId: reportIds.get(`${A.id}|2020-05`),
    });

    // Each hot-topic count opens /reports?topicId=&from=&to=, which lists exactly those reports
    // (the draft tagged T1 is left out of both; the ad-hoc report counts by its submission month).
    for (const t of o.topics.rows.filter((r) => [T1, T2].includes(r.id))) {
      for (const [keys, n] of [
        [o.topics.recentMonths, t.recent],
        [o.topics.previousMonths, t.previous],
      ] as const) {
        const list = await listReports(
          await session(office),
          ReportListFilter.parse({ topicId: t.id, from: keys[0], to: keys[keys.length - 1] }),
        );
        expect(list.total).toBe(n);
      }
    }
    const adhoc = await listReports(
      await session(office),
      ReportListFilter.parse({ topicId: T1, from: "2020-04", to: "2020-04" }),
    );
    expect(adhoc.rows.map((r) => r.kind)).toEqual(["ADHOC"]);
    // A half-open or reversed month range is ignored rather than refused.
    const all = (await listReports(await session(office), ReportListFilter.parse({ topicId: T1 })))
      .total;
    expect(
      (
        await listReports(
          await session(office),
          ReportListFilter.parse({ topicId: T1, from: "2020-06" }),
        )
      ).total,
    ).toBe(all);
    expect(
      (
        await listReports(
          await session(office),
          ReportListFilter.parse({ topicId: T1, from: "2020-06", to: "2020-02" }),
        )
      ).total,
    ).toBe(all);
    expect(ReportListFilter.parse({ from: "2020-13", to: "x" })).toMatchObject({
      from: undefined,
      to: undefined,
    });
  });
});

describe("study and consultation volume", () => {
  it("counts activities held, 出席 recorded, approved self-study hours and consultations per Shanghai month", async () => {
    const before = (await getDashboard(await session(office), NOW))!.volume;
    expect(before.map((v) => v.month)).toEqual([
      "2020-03",
      "2020-04",
      "2020-05",
      "2020-06",
      "2020-07",
      "2020-08",
    ]);
    const people = [await makeUser({ departmentId: B.id }), await makeUser({ departmentId: B.id })];
    // 31 July 23:30 in Shanghai is still July; 1 August 00:10 is August.
    const act = await db.studyActivity.create({
      data: {
        type: "SEMINAR",
        title: "测试讲座",
        heldAt: shanghai("2020-07-31T23:30:00"),
        scopeType: "USERS",
        organiserId: office.id,
        createdById: office.id,
        attendance: {
          create: [
            { userId: people[0].id, status: "PRESENT" },
            { userId: people[1].id, status: "ABSENT" },
          ],
        },
      },
    });
    const logs = [
      await db.studyLog.create({
        data: {
          userId: people[0].id,
          kind: "READING",
          title: "读书",
          studiedOn: shanghai("2020-07-10T00:00:00"),
          tenths: 15,
          status: "APPROVED",
        },
      }),
      await db.studyLog.create({
        data: {
          userId: people[0].id,
          kind: "READING",
          title: "读书",
          studiedOn: shanghai("2020-07-11T00:00:00"),
          tenths: 20,
          status: "SUBMITTED",
        },
      }),
    ];
    const asks = [
      await db.consultation.create({
        data: {
          askerId: people[1].id,
          channel: "ONLINE",
          question: "入额问题",
          askedAt: shanghai("2020-07-31T23:59:00"),
        },
      }),
      await db.consultation.create({
        data: {
          askerId: people[1].id,
          channel: "ONLINE",
          question: "职级问题",
          askedAt: shanghai("2020-08-01T00:10:00"),
        },
      }),
    ];
    try {
      const after = (await getDashboard(await session(office), NOW))!.volume;
      const diff = (month: string) => {
        const a = after.find((v) => v.month === month)!,
          b = before.find((v) => v.month === month)!;
        return {
          activities: a.activities - b.activities,
          present: a.present - b.present,
          hours: a.hours - b.hours,
          consultations: a.consultations - b.consultations,
        };
      };
      expect(diff("2020-07")).toEqual({ activities: 1, present: 1, hours: 1.5, consultations: 1 });
      expect(diff("2020-08")).toEqual({ activities: 0, present: 0, hours: 0, consultations: 1 });
    } finally {
      await db.consultation.deleteMany({ where: { id: { in: asks.map((a) => a.id) } } });
      await db.studyLog.deleteMany({ where: { id: { in: logs.map((l) => l.id) } } });
      await db.studyActivity.delete({ where: { id: act.id } });
    }
  });
});

describe("the /dashboard page", () => {
  it("answers 404 to STAFF and DEPT_HEAD, audited, and renders for LEADER and 政治处", async () => {
    for (const u of [staff, head]) {
      await actAs(u);
      await expect(DashboardPage()).rejects.toThrow("NEXT_NOT_FOUND");
      expect(await lastAudit()).toMatchObject({
        action: "page.view",
        result: "DENIED",
        userId: u.id,
        objectId: "/dashboard",
      });
      expect(await getDashboard(await session(u))).toBeNull();
    }
    for (const u of [leader, office]) {
      await actAs(u);
      await expect(DashboardPage()).resolves.toBeTruthy();
    }
  });
});

describe("发起督办 from a warning", () => {
  let W: { id: string; name: string }, V: { id: string };

  beforeAll(async () => {
    // Relative to today, since the action recomputes warnings now: the last complete
    // month drops to mood 2 (25) from 4 (75) over the six months before; V stays at 4.
    const keys = monthsEnding(monthOf(new Date()), 8).slice(0, 7);
    W = await makeDepartment();
    V = await makeDepartment();
    for (const [i, key] of keys.entries()) {
      await report(W.id, key, i === keys.length - 1 ? 2 : 4);
      await report(V.id, key, 4);
    }
  });

  it("opens one WARNING follow-up, audited; a second is refused; the dashboard links to it", async () => {
    await actAs(leader);
    expect(await openWarningFollowUp({ departmentId: W.id })).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    expect(await db.followUp.count({ where: { departmentId: W.id } })).toBe(0);

    await actAs(office);
    expect(await openWarningFollowUp({ departmentId: "" })).toMatchObject({
      ok: false,
      fieldErrors: { departmentId: "部门无效" },
    });
    expect(await openWarningFollowUp({ departmentId: V.id })).toMatchObject({
      ok: false,
      message: "该部门当前没有指数下降预警，请刷新页面",
    });
    expect(await openWarningFollowUp({ departmentId: "cknotarealdepartment0000" })).toMatchObject({
      ok: false,
      message: "记录不存在或您无权查看",
    });

    const r = await openWarningFollowUp({ departmentId: W.id });
    expect(r).toMatchObject({ ok: true });
    const id = dataOf(r).id;
    created.followUps.push(id);
    const f = await db.followUp.findUniqueOrThrow({ where: { id }, include: { updates: true } });
    expect(f).toMatchObject({
      title: `${W.name}思想状况指数下降预警`,
      sourceType: "WARNING",
      departmentId: W.id,
      status: "OPEN",
      priority: "HIGH",
      createdById: office.id,
    });
    expect(f.updates.map((u) => u.kind)).toEqual(["CREATED"]);
    expect(await lastAudit()).toMatchObject({
      action: "dashboard.warning.followUp",
      result: "SUCCESS",
      userId: office.id,
      objectType: "FollowUp",
      objectId: id,
    });

    expect(await openWarningFollowUp({ departmentId: W.id })).toMatchObject({
      ok: false,
      message: "该部门的预警已在督办中，请到督办台查看",
    });
    expect(await lastAudit()).toMatchObject({
      action: "dashboard.warning.followUp",
      result: "FAILURE",
    });
    expect(await db.followUp.count({ where: { departmentId: W.id } })).toBe(1);

    const d = (await getDashboard(await session(office)))!;
    expect(d.warnings.find((w) => w.departmentId === W.id)).toMatchObject({
      latest: 25,
      baseline: 75,
      drop: 50,
      followUpId: id,
    });

    // Once closed, the warning can be raised again.
    await db.followUp.update({ where: { id }, data: { status: "CLOSED" } });
    const again = await openWarningFollowUp({ departmentId: W.id });
    expect(again).toMatchObject({ ok: true });
    created.followUps.push(dataOf(again).id);
  });
});
