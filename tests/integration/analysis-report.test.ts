// The quarterly 干警思想状况分析报告 (issue 16): a drafted quarter carries the
// dashboard's own figures for those months; 签发 freezes a version, which
// later data never moves and no edit reaches; a new version stores the diff
// of its numbers; bad ranges get Chinese messages, an empty range a report
// that says so. The confidential annex is in analysis-report-annex.test.ts.
import { afterAll, describe, expect, it } from "vitest";

import {
  draftAnalysisReport,
  editAnalysisNarrative,
  issueAnalysisReport,
  linkFenxiMeeting,
  newAnalysisVersion,
  redraftAnalysisReport,
} from "@/lib/analysis-report/actions";
import { sectionOf, type ReportContent } from "@/lib/analysis-report/content";
import {
  getAnalysisReport,
  listAnalysisReports,
  reportOfMeeting,
} from "@/lib/analysis-report/queries";
import { ISSUED_MESSAGE } from "@/lib/analysis-report/schemas";
import { getDashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";

import {
  A,
  head,
  leader,
  office,
  report,
  session,
  setupDashboard,
  shanghai,
  staff,
} from "./fixtures/dashboard";
import { actAs, lastAudit, makeDepartment } from "./helpers";
import { dataOf, failureOf } from "./result";

setupDashboard({ sentiment: true });
const made: string[] = [];
afterAll(async () => {
  await db.analysisReport.deleteMany({ where: { id: { in: made } } });
});

const Q2_MONTHS = ["2020-04", "2020-05", "2020-06"];
/** The instant the report reads its figures at: the end of 2020-Q2. */
const AS_OF = new Date(shanghai("2020-07-01T00:00:00").getTime() - 1);

async function draft(input: Record<string, string>) {
  await actAs(office);
  const r = dataOf(await draftAnalysisReport({ mode: "quarter", ...input }));
  made.push(r.id);
  return r.id;
}
async function latest(reportId: string) {
  const v = await db.analysisReportVersion.findFirstOrThrow({
    where: { reportId },
    orderBy: { number: "desc" },
  });
  return { ...v, parsed: JSON.parse(v.content) as ReportContent };
}
const figure = (c: ReportContent, section: Parameters<typeof sectionOf>[1], key: string) =>
  sectionOf(c, section).figures.find((f) => f.key === key);
const mean = (xs: number[]) =>
  xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10 + 1e-9) / 10 : null;

describe("drafting a quarter", () => {
  it("every number equals the dashboard's figure for the same months", async () => {
    const id = await draft({ quarter: "2020-Q2" });
    const { parsed: c } = await latest(id);
    expect(c.period).toMatchObject({
      from: "2020-04-01",
      to: "2020-06-30",
      label: "2020年第二季度",
    });
    const d = (await getDashboard(await session(leader), AS_OF))!;
    const at = (m: string) => d.months.indexOf(m);
    const valueAt = (cells: (typeof d.overall.cells)[number][], m: string) => {
      const cell = cells[at(m)];
      return cell.kind === "value" ? cell.index : null;
    };

    // 总体情况: the 院 index per month, its mean, the latest month's value.
    const overall = Q2_MONTHS.map((m) => valueAt(d.overall.cells, m));
    const monthsTable = sectionOf(c, "overview").tables.find((t) => t.key === "months")!;
    expect(monthsTable.rows.map((r) => (r[1] === "" ? null : r[1]))).toEqual(overall);
    expect(figure(c, "overview", "indexMean")!.value).toBe(
      mean(overall.filter((v): v is number => v !== null)),
    );
    expect(figure(c, "overview", "index")!.value).toBe(overall.filter((v) => v !== null).pop());
    // Report coverage: the dashboard's month statuses.
    const status = d.status.filter((s) => Q2_MONTHS.includes(s.month));
    expect(figure(c, "overview", "reported")!.value).toBe(
      status.reduce((a, s) => a + s.reported, 0),
    );

    // 各部门情况: every department row's cells as the heatmap shows them, masked stays masked.
    const heat = sectionOf(c, "departments").tables[0];
    for (const row of [...d.departments, ...(d.other ? [d.other] : [])]) {
      const cells = Q2_MONTHS.map((m) => row.cells[at(m)]);
      if (cells.every((x) => x.kind === "empty")) continue;
      const line = heat.rows.find((r) => r[0] === row.name)!;
      expect(line.slice(1, 4)).toEqual(
        cells.map((x) => (x.kind === "value" ? x.index : x.kind === "masked" ? "—" : "")),
      );
      const values = cells.flatMap((x) => (x.kind === "value" ? [x.index] : []));
      expect(figure(c, "departments", `dept:${row.key}`)!.value).toBe(mean(values));
    }
    // Department A's May cell was shown; C's was merged into 其他部门 (n < 5).
    expect(heat.rows.find((r) => r[0] === A.name)![2]).toEqual(expect.any(Number));

    // 热点话题: the dashboard's hot topics as of the month after the quarter.
    const t = (await getDashboard(await session(leader), shanghai("2020-07-01T00:00:01")))!;
    expect(t.topics.recentMonths).toEqual(Q2_MONTHS);
    const topicFigures = sectionOf(c, "topics").figures;
    expect(topicFigures.length).toBeGreaterThan(0);
    for (const f of topicFigures) {
      const row = t.topics.rows.find((r) => `topic:${r.id}` === f.key);
      if (row) expect(f.value).toBe(row.recent);
      else expect(f.value).toBe(0);
    }
    for (const row of t.topics.rows.filter((r) => r.recent > 0))
      expect(topicFigures.find((f) => f.key === `topic:${row.id}`)?.value).toBe(row.recent);

    // 学习教育: the dashboard's volume for the quarter's months.
    const vol = d.volume.filter((v) => Q2_MONTHS.includes(v.month));
    expect(figure(c, "study", "activities")!.value).toBe(vol.reduce((a, v) => a + v.activities, 0));
    expect(figure(c, "study", "present")!.value).toBe(vol.reduce((a, v) => a + v.present, 0));
    // 预警: the dashboard's warnings of those months.
    expect(figure(c, "warnings", "warnings")!.value).toBe(
      d.warnings.filter((w) => Q2_MONTHS.includes(w.month)).length,
    );
    // Every figure links to records.
    for (const s of c.sections) for (const f of s.figures) expect(f.href).toMatch(/^\//);
  });

  it("refuses a reversed range or one over a year in Chinese; an empty range says so", async () => {
    await actAs(office);
    expect(
      failureOf(await draftAnalysisReport({ mode: "range", from: "2020-06-01", to: "2020-05-01" }))
        .fieldErrors,
    ).toMatchObject({ to: "结束日期不能早于开始日期" });
    expect(
      failureOf(await draftAnalysisReport({ mode: "range", from: "2019-01-01", to: "2020-01-01" }))
        .fieldErrors,
    ).toMatchObject({ to: "统计区间不能超过一年" });
    expect(
      failureOf(await draftAnalysisReport({ mode: "quarter", quarter: "2020-Q5" })).fieldErrors,
    ).toMatchObject({
      quarter: "季度无效",
    });
    const id = await draft({ mode: "range", from: "2001-02-03", to: "2001-03-04" });
    const { parsed: c } = await latest(id);
    expect(c.empty).toBe(true);
    expect(c.period.label).toBe("2001年2月3日至2001年3月4日");
    expect(sectionOf(c, "proposals").emptyNote).toContain("无可统计的数据");
    expect(c.sections.every((s) => s.empty)).toBe(true);
  });

  it("counts a free range's first and last months only inside the range", async () => {
    for (const day of ["2020-05-05", "2020-05-15", "2020-06-25"])
      await db.studyActivity.create({
        data: {
          type: "EDUCATION",
          title: `区间测试${day}`,
          heldAt: shanghai(`${day}T10:00:00`),
          scopeType: "USERS",
          organiserId: office.id,
          createdById: office.id,
        },
      });
    const { parsed: c } = await latest(
      await draft({ mode: "range", from: "2020-05-10", to: "2020-06-20" }),
    );
    const within = { gte: shanghai("2020-05-10T00:00:00"), lt: shanghai("2020-06-21T00:00:00") };
    expect(figure(c, "study", "activities")!.value).toBe(
      await db.studyActivity.count({ where: { heldAt: within } }),
    );
    const months = sectionOf(c, "consult").charts[0];
    expect(months.labels).toHaveLength(2);
    expect(months.series[0].values.reduce<number>((a, v) => a + (v ?? 0), 0)).toBe(
      figure(c, "consult", "consultations")!.value,
    );
    await db.studyActivity.deleteMany({ where: { title: { startsWith: "区间测试" } } }); // shared DB
  });

  it("only 政治处 drafts; LEADER reads; staff read nothing", async () => {
    await actAs(leader);
    expect(
      failureOf(await draftAnalysisReport({ mode: "quarter", quarter: "2020-Q2" })).message,
    ).toBe("您没有执行此操作的权限");
    expect(await listAnalysisReports(await session(leader))).not.toBeNull();
    expect(await listAnalysisReports(await session(staff))).toBeNull();
    expect(await getAnalysisReport(await session(head), made[0])).toBeNull();
  });
});

describe("签发 and versions", () => {
  it("an issued version never changes: new reports do not move it, and edits are refused", async () => {
    const id = await draft({ quarter: "2020-Q2" });
    const v1 = await latest(id);
    await actAs(office);
    dataOf(
      await editAnalysisNarrative({
        versionId: v1.id,
        section: "proposals",
        narrative: "**加强**谈心谈话",
      }),
    );
    dataOf(await issueAnalysisReport({ versionId: v1.id }));
    const frozen = await latest(id);
    expect(frozen.issuedAt).not.toBeNull();
    expect(sectionOf(frozen.parsed, "proposals").narrative).toBe("**加强**谈心谈话");
    expect(await lastAudit()).toMatchObject({ action: "analysisReport.issue", result: "SUCCESS" });

    // New data arrives for the quarter: a new department's May report.
    const extra = await makeDepartment(`新部${Date.now().toString(36)}`);
    await report(extra.id, "2020-05", 1);
    const after = await db.analysisReportVersion.findUniqueOrThrow({ where: { id: v1.id } });
    expect(after.content).toBe(frozen.content);

    // Editing, re-drafting or issuing it again is refused in Chinese.
    for (const r of [
      await editAnalysisNarrative({ versionId: v1.id, section: "overview", narrative: "改" }),
      await redraftAnalysisReport({ versionId: v1.id }),
      await issueAnalysisReport({ versionId: v1.id }),
    ])
      expect(failureOf(r).message).toBe(ISSUED_MESSAGE);
    expect(
      (await db.analysisReportVersion.findUniqueOrThrow({ where: { id: v1.id } })).content,
    ).toBe(frozen.content);

    // A new version re-drafts the figures, keeps the words, and stores the diff of its numbers.
    dataOf(await newAnalysisVersion({ reportId: id }));
    const v2 = await latest(id);
    expect(v2.number).toBe(2);
    expect(v2.issuedAt).toBeNull();
    expect(sectionOf(v2.parsed, "proposals").narrative).toBe("**加强**谈心谈话");
    const diff = JSON.parse(v2.diff!) as {
      section: string;
      key: string;
      before: number | null;
      after: number | null;
    }[];
    expect(diff).toContainEqual(
      expect.objectContaining({ section: "departments", key: `dept:${extra.id}`, change: "added" }),
    );
    expect(diff).toContainEqual(
      expect.objectContaining({
        section: "overview",
        key: "reported",
        change: "changed",
        delta: 1,
      }),
    );
    const detail = (await getAnalysisReport(await session(leader), id))!;
    expect(detail.versions.map((v) => v.number)).toEqual([2, 1]);
    await db.liaisonReport.deleteMany({ where: { departmentId: extra.id } });
    await db.department.delete({ where: { id: extra.id } });
  });
});

describe("the 思想状况分析会", () => {
  it("政治处 links a FENXI meeting to the report it discussed; other meeting types are refused", async () => {
    const id = await draft({ quarter: "2020-Q2" });
    const meeting = (type: string) =>
      db.meeting.create({
        data: {
          type,
          title: "2020 年第二季度干警思想状况分析会",
          heldAt: shanghai("2020-07-10T09:00:00"),
          createdById: office.id,
        },
      });
    const fenxi = await meeting("FENXI");
    const other = await meeting("YUANWU");
    try {
      await actAs(leader);
      expect(failureOf(await linkFenxiMeeting({ reportId: id, meetingId: fenxi.id })).message).toBe(
        "您没有执行此操作的权限",
      );
      await actAs(office);
      expect(failureOf(await linkFenxiMeeting({ reportId: id, meetingId: other.id })).message).toBe(
        "只能关联思想状况分析会",
      );
      dataOf(await linkFenxiMeeting({ reportId: id, meetingId: fenxi.id }));
      expect(await reportOfMeeting(await session(leader), fenxi.id)).toMatchObject({
        id,
        label: "2020年第二季度",
      });
      expect(await reportOfMeeting(await session(staff), fenxi.id)).toBeNull();
      expect(
        (await getAnalysisReport(await session(office), id))!.meetings.map((m) => m.id),
      ).toEqual([fenxi.id]);
    } finally {
      await db.meeting.deleteMany({ where: { id: { in: [fenxi.id, other.id] } } });
    }
  });
});
