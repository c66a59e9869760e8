// The quarterly report notes the 改革节点 of its quarter (issue 17 item 5):
// the dashboard's own Milestone rows that overlap the report's months, none
// outside them, in the 总体情况 section and its exports' tables.
import { afterAll, describe, expect, it } from "vitest";

import { draftAnalysisReport } from "@/lib/analysis-report/actions";
import { sectionOf, type ReportContent } from "@/lib/analysis-report/content";
import { db } from "@/lib/db";

import { office, setupDashboard } from "./fixtures/dashboard";
import { actAs } from "./helpers";
import { dataOf } from "./result";

setupDashboard({ sentiment: true });
const reports: string[] = [];
const milestones: string[] = [];
afterAll(async () => {
  await db.analysisReport.deleteMany({ where: { id: { in: reports } } });
  await db.milestone.deleteMany({ where: { id: { in: milestones } } });
});

describe("改革节点 in the quarterly report", () => {
  it("lists the milestones overlapping the quarter, by the dashboard's rows", async () => {
    for (const [label, kind, fromMonth, toMonth] of [
      ["司法责任制改革", "REFORM", "2020-03", "2020-04"],
      ["入额遴选", "QUOTA", "2020-06", "2020-06"],
      ["区院合并", "MERGER", "2020-08", "2020-09"],
    ] as const)
      milestones.push(
        (await db.milestone.create({ data: { label, kind, fromMonth, toMonth } })).id,
      );
    await actAs(office);
    const id = dataOf(await draftAnalysisReport({ mode: "quarter", quarter: "2020-Q2" })).id;
    reports.push(id);
    const v = await db.analysisReportVersion.findFirstOrThrow({ where: { reportId: id } });
    const c = JSON.parse(v.content) as ReportContent;
    const table = sectionOf(c, "overview").tables.find((t) => t.key === "milestones")!;
    expect(table.rows).toEqual([
      ["司法责任制改革", "改革", "2020年3月至2020年4月"],
      ["入额遴选", "入额", "2020年6月"],
    ]);
  });
});
