// The 干警思想状况分析报告 of the demo (issue 16): the last seven complete
// quarters (the last four, and before them the story's reform quarters of
// 2025, its 司法责任制改革 and 入额) drafted by the app's own code from the seeded data and issued
// about ten days after each quarter ends, each linked to the FENXI meeting
// that discussed that quarter where the story has one; and a draft for the
// current quarter. Runs after the main seed has committed (it reads the
// committed records of the other domains, as appraisal-cycles.ts does).
import { draftContent } from "../../lib/analysis-report/draft";
import { previousQuarter, quarterBounds, quarterOf } from "../../lib/analysis-report/period";
import { db } from "../../lib/db";
import { CLOCK } from "./clock";
import { stableId } from "./random";

const DAY_MS = 24 * 3600_000;
const ISSUED_QUARTERS = 7;
/** With `--scale`, every complete quarter of the five years (the 院's years 3–5 too). */
export const SCALED_ISSUED_QUARTERS = 19;
const NARRATIVE: Record<string, string> = {
  overview:
    "本季度全院干警思想总体稳定，思想状况指数保持在正常区间。脉搏测评参与面较广，联络员报告按期报送。",
  proposals:
    "1. 对指数连续低于全院平均的部门，由分管院领导牵头开展谈心谈话。\n2. 针对热点话题，在下季度学习教育中安排专题辅导。",
};

export async function seedAnalysisReports(issuedQuarters = ISSUED_QUARTERS) {
  const office = await db.user.findFirstOrThrow({
    where: { roles: { some: { role: "POLITICAL_OFFICE" } }, status: "ACTIVE" },
    orderBy: { employeeNo: "asc" },
    select: { id: true },
  });
  const meetings = await db.meeting.findMany({
    where: { type: "FENXI" },
    select: { id: true, title: true },
  });
  const current = quarterOf(CLOCK.anchor);
  const quarters = [current];
  for (let i = 0; i < issuedQuarters; i++)
    quarters.push(previousQuarter(quarters[quarters.length - 1]));
  let issued = 0;
  for (const [i, q] of quarters.reverse().entries()) {
    const bounds = quarterBounds(q.year, q.quarter);
    const isDraft = i === quarters.length - 1;
    const at = isDraft ? CLOCK.anchor : new Date(bounds.end.getTime() + 10 * DAY_MS);
    const number = isDraft ? null : `检政〔${q.year}〕${10 + q.quarter}号`;
    const content = await draftContent(bounds, at, { number });
    for (const s of content.sections) s.narrative = NARRATIVE[s.key] ?? "";
    if (!isDraft) content.issuedAt = at.toISOString();
    const id = stableId(`analysis-report:${q.year}-Q${q.quarter}`);
    await db.analysisReport.create({
      data: {
        id,
        periodStart: bounds.start,
        periodEnd: bounds.end,
        label: bounds.period.label,
        number,
        state: isDraft ? "DRAFT" : "ISSUED",
        createdById: office.id,
        createdAt: at,
        versions: {
          create: {
            id: stableId(`analysis-report-version:${q.year}-Q${q.quarter}:1`),
            number: 1,
            content: JSON.stringify(content),
            draftedAt: at,
            issuedAt: isDraft ? null : at,
            issuedById: isDraft ? null : office.id,
            createdById: office.id,
          },
        },
      },
    });
    if (isDraft) continue;
    issued++;
    const label = bounds.period.label.replace("年", " 年");
    const meeting = meetings.find((m) => m.title.includes(label));
    if (meeting)
      await db.meeting.update({ where: { id: meeting.id }, data: { analysisReportId: id } });
  }
  return { issued, draft: 1 };
}
