// 院领导 drill-down (issue 15 item 1): every dashboard figure, opened as LEADER
// through the very link the page renders (lib/dashboard/links.ts), lists as
// many records as the figure counts: warnings, hot topics, open and overdue
// 督办, campaign coverage. What the leader reads there stops at the facts: a
// report's staff-of-concern entries only as kinds and counts, a follow-up
// without its notes or the person's name, and no controls. Staff still get nothing.
import { describe, expect, it } from "vitest";

import { encryptText } from "@/lib/crypto";
import {
  ACTIVE_FOLLOW_UPS_HREF,
  campaignHref,
  OVERDUE_FOLLOW_UPS_HREF,
  topicReportsHref,
  warningReportsHref,
} from "@/lib/dashboard/links";
import { getDashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import {
  CONCERN_TITLE_MASKED,
  countFollowUps,
  getFollowUpDetail,
  listFollowUps,
} from "@/lib/follow-ups/queries";
import { FollowUpListFilter } from "@/lib/follow-ups/schemas";
import { concernKinds, getReport, listReports, readConcerns } from "@/lib/reports/queries";
import { ReportListFilter } from "@/lib/reports/schemas";
import { getCampaignCoverage } from "@/lib/talks/queries";

import {
  A,
  at,
  B,
  created,
  head,
  leader,
  months,
  NOW,
  office,
  report,
  reportIds,
  session,
  setupDashboard,
  shanghai,
  staff,
} from "./fixtures/dashboard";
import { makeUser } from "./helpers";

setupDashboard({ sentiment: true });

/** The query string of a link the dashboard renders, as the page's searchParams. */
const paramsOf = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("院领导 drill-down", () => {
  it("each figure's link lists as many records as the figure counts, as LEADER", async () => {
    // Follow-ups nobody here is assigned: two active (one overdue at NOW), one closed.
    const someone = await makeUser({ departmentId: B.id });
    for (const f of [
      { status: "OPEN", dueDate: shanghai("2020-08-01T23:59:59"), assigneeId: someone.id },
      { status: "IN_PROGRESS", dueDate: shanghai("2020-09-30T23:59:59"), assigneeId: null },
      { status: "CLOSED", dueDate: shanghai("2020-07-01T23:59:59"), assigneeId: someone.id },
    ])
      created.followUps.push(
        (await db.followUp.create({ data: { title: "测试督办", sourceType: "MANUAL", ...f } })).id,
      );
    // A campaign of three in its window, one talked to.
    const people = [
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
    created.campaigns.push(c.id);
    created.talks.push(
      (
        await db.talkRecord.create({
          data: {
            interviewerId: office.id,
            intervieweeId: people[0].id,
            heldOn: shanghai("2020-07-15T10:00:00"),
            occasion: "ROUTINE",
            notesEnc: encryptText("x"),
            campaignId: c.id,
            createdById: office.id,
          },
        })
      ).id,
    );

    const me = await session(leader);
    const d = (await getDashboard(me, NOW))!;
    expect(d.may).toMatchObject({ readReports: true, readFollowUps: true, readCampaigns: true });

    // Warnings: the department's periodic reports of the month(s) under test — the reports
    // behind the heat cells of those months.
    const ours = d.warnings.filter((w) => w.departmentId === A.id);
    expect(ours).toHaveLength(1);
    for (const w of ours) {
      const href = warningReportsHref(w);
      expect(href).toContain(`from=${w.month}`);
      const list = await listReports(me, ReportListFilter.parse(paramsOf(href)));
      const row = d.departments.find((r) => r.key === w.departmentId)!;
      const behind = months
        .slice(at(w.month) - w.months + 1, at(w.month) + 1)
        .map((m) => row.cells[at(m)])
        .map((cell) => (cell.kind === "value" ? cell.reportId : null));
      expect(list.total).toBe(w.months);
      expect(list.rows.map((r) => r.id).sort()).toEqual(behind.sort());
      expect(list.rows.map((r) => r.id)).toEqual([reportIds.get(`${A.id}|2020-08`)]);
    }

    // Hot topics: every count, both windows.
    expect(d.topics.rows.length).toBeGreaterThan(0);
    for (const t of d.topics.rows)
      for (const [keys, n] of [
        [d.topics.recentMonths, t.recent],
        [d.topics.previousMonths, t.previous],
      ] as const) {
        const list = await listReports(
          me,
          ReportListFilter.parse(paramsOf(topicReportsHref(t.id, keys))),
        );
        expect(list.total, `${t.name} ${keys[0]}`).toBe(n);
      }

    // 进行中督办 and 逾期督办: the whole board, not only the leader's own.
    for (const [href, n] of [
      [ACTIVE_FOLLOW_UPS_HREF, d.followUps.active],
      [OVERDUE_FOLLOW_UPS_HREF, d.followUps.overdue],
    ] as const) {
      const list = await listFollowUps(me, FollowUpListFilter.parse(paramsOf(href)), NOW);
      expect(list.total, href).toBe(n);
    }
    expect(d.followUps.active).toBeGreaterThanOrEqual(2);
    expect(d.followUps.overdue).toBeGreaterThanOrEqual(1);
    const counts = await countFollowUps(me, NOW);
    expect([counts.active, counts.overdue]).toEqual([d.followUps.active, d.followUps.overdue]);

    // Campaign coverage: the campaign page's figures.
    for (const x of d.campaigns) {
      expect(campaignHref(x.id)).toBe(`/talks/campaigns/${x.id}`);
      const cov = (await getCampaignCoverage(x.id, NOW))!;
      expect([cov.covered, cov.total, cov.percent], x.title).toEqual([
        x.covered,
        x.members,
        x.percent,
      ]);
    }
    expect(d.campaigns.find((x) => x.id === c.id)).toMatchObject({ covered: 1, members: 3 });
  });

  it("shows a leader a report's concerns only as kinds, and a follow-up without notes, name or controls", async () => {
    const person = await makeUser({ departmentId: A.id, realName: "关注对象甲" });
    const reportId = await report(A.id, null, 3, {
      kind: "ADHOC",
      submittedAt: shanghai("2020-08-10T10:00:00"),
    });
    const concern = await db.staffConcern.create({
      data: {
        reportId,
        personId: person.id,
        kind: "FAMILY",
        descriptionEnc: encryptText("家中老人住院"),
        suggestionEnc: encryptText("安排谈心"),
      },
    });
    const fu = await db.followUp.create({
      data: {
        title: "关注人员跟进：关注对象甲（家庭困难）",
        sourceType: "CONCERN",
        concernId: concern.id,
        departmentId: A.id,
        assigneeId: head.id,
        status: "IN_PROGRESS",
        updates: { create: [{ kind: "NOTE", noteEnc: encryptText("已上门看望") }] },
      },
    });
    created.followUps.push(fu.id);
    const draft = await report(A.id, null, 1, { kind: "ADHOC", status: "DRAFT" });

    const me = await session(leader);
    expect(await getReport(me, reportId)).toMatchObject({ id: reportId });
    expect(await getReport(me, draft)).toBeNull();
    expect(await readConcerns(me, reportId, "127.0.0.1")).toBeNull();
    expect(await concernKinds(me, reportId)).toEqual([{ kind: "FAMILY", count: 1 }]);
    // 政治处 still reads them in full.
    const full = await readConcerns(await session(office), reportId, "127.0.0.1");
    expect(full?.[0]).toMatchObject({ description: "家中老人住院", suggestion: "安排谈心" });

    const f = (await getFollowUpDetail(me, fu.id, NOW))!;
    expect(f.title).toBe(CONCERN_TITLE_MASKED);
    expect(JSON.stringify(f)).not.toContain("关注对象甲");
    expect(JSON.stringify(f)).not.toContain("已上门看望");
    expect(f.events).toEqual([]);
    expect(f.detail).toBe(false);
    expect(f.sourceLink).toEqual({ href: `/reports/${reportId}`, label: "查看思想动态报告" });
    const listed = await listFollowUps(
      me,
      FollowUpListFilter.parse({ departmentId: A.id, source: "CONCERN" }),
      NOW,
    );
    expect(listed.rows.find((r) => r.id === fu.id)?.title).toBe(CONCERN_TITLE_MASKED);
    // The assignee reads the name and the notes, as before.
    const h = (await getFollowUpDetail(await session(head), fu.id, NOW))!;
    expect(h.title).toContain("关注对象甲");
    expect(h.timeline.map((u) => u.note)).toContain("已上门看望");

    // Staff: no report, only their own follow-ups.
    const s = await session(staff);
    expect((await listReports(s, ReportListFilter.parse({}))).total).toBe(0);
    expect(await getReport(s, reportId)).toBeNull();
    expect(await concernKinds(s, reportId)).toBeNull();
    expect(await getFollowUpDetail(s, fu.id, NOW)).toBeNull();
    // A head filters by department only within their own.
    const other = await listReports(
      await session(head),
      ReportListFilter.parse({ departmentId: B.id }),
    );
    expect(other.rows.every((r) => r.department.name === A.name)).toBe(true);
  });
});
