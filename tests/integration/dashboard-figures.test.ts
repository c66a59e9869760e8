// The leadership dashboard on a real database, its figures: the index,
// heatmap and warnings computed by the grouped queries equal hand-computed
// values (the same fixture and arithmetic as tests/unit/dashboard-index.test.ts,
// here as rows, filed by ./fixtures/dashboard.ts); drafts, ad-hoc reports and
// rounds still open are left out; hot topics, follow-up counts and campaign
// coverage; report links for 政治处 and 院领导.
import { describe, expect, it } from "vitest";

import { encryptText } from "@/lib/crypto";
import { getDashboard, loadSentiment } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { listReports } from "@/lib/reports/queries";
import { ReportListFilter } from "@/lib/reports/schemas";

import {
  A,
  at,
  B,
  C,
  created,
  D,
  idx,
  leader,
  months,
  NOW,
  office,
  R1,
  R2,
  reportIds,
  session,
  setupDashboard,
  shanghai,
  T1,
  T2,
} from "./fixtures/dashboard";
import { makeUser } from "./helpers";

setupDashboard({ sentiment: true });

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

    // A: 08 (35, pulse) against the mean of 01…06, (75+75+75+72.5+75)/5 = 74.5; 07 (75) is
    // not below its mood-only baseline (75). σ = the mood floor 9.5; 39.5 ≥ 3σ → 显著.
    // (tests/unit/dashboard-index.test.ts works it out in full.)
    const ours = s.warnings.filter((w) => [A.id, B.id, C.id, D.id].includes(w.departmentId));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({
      departmentId: A.id,
      name: A.name,
      level: "SIGNIFICANT",
      month: "2020-08",
      latest: 35,
      baseline: 74.5,
      drop: 39.5,
      sigma: 9.5,
      reason: "最近 1 个月低于基线 39.5 分，超出波动范围（±9.5）",
      baselineMonths: months.slice(at("2020-07") - 12, at("2020-07")),
    });
  });

  it("counts hot topics, follow-ups and campaign coverage, with report links for 政治处 and 院领导", async () => {
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

    // LEADER opens the reports, follow-ups and campaigns behind the figures (issue 15), but
    // neither opens a follow-up, manages a campaign nor edits 改革节点.
    expect(d.may).toEqual({
      readReports: true,
      readFollowUps: true,
      manageFollowUps: false,
      readCampaigns: true,
      manageCampaigns: false,
      manageMilestones: false,
      readStudyRankings: true,
    });
    expect(d.departments.find((r) => r.key === A.id)!.cells[at("2020-05")]).toMatchObject({
      reportId: reportIds.get(`${A.id}|2020-05`),
    });
    const o = (await getDashboard(await session(office), NOW))!;
    expect(o.may).toEqual({
      readReports: true,
      readFollowUps: true,
      manageFollowUps: true,
      readCampaigns: true,
      manageCampaigns: true,
      manageMilestones: true,
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
