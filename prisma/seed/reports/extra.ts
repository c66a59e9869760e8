// The reports outside the monthly round: drafts for the anchor's own month
// (from day 20, never 第一检察部's) and the ad-hoc reports (即时报告) on
// urgent events. No random draws.
import type { Period } from "../../../lib/reports/periods";
import { SEED_ANCHOR, storyKey, wallParts } from "../clock";
import { stableId } from "../random";
import { DAY, type ReportContext } from "./rows";
import { SUMMARIES } from "./texts";

/** The anchor's own month: from day 20, a few liaisons have a draft (never 第一检察部's). */
export function addCurrentDrafts(ctx: ReportContext, current: Period): void {
  const { org, topicId } = ctx;
  const { reports, events, topicRows } = ctx.rows;
  if (wallParts(SEED_ANCHOR).day >= 20) {
    for (const [i, dept] of org.departments
      .filter((d) => d.liaisonId && d.headId && d.code !== "JC1")
      .entries()) {
      if (i % 3 !== 1) continue;
      const id = stableId(`report:${dept.code}:${current.key}`);
      const created = new Date(SEED_ANCHOR.getTime() - (1 + (i % 4)) * DAY + 15 * 3600_000);
      reports.push({
        id,
        departmentId: dept.id,
        periodId: stableId(`period:${current.key}`),
        kind: "PERIODIC",
        authorId: dept.liaisonId,
        status: "DRAFT",
        mood: 4,
        stability: "STABLE",
        summary: SUMMARIES.good[i % SUMMARIES.good.length],
        submittedAt: null,
        firstSubmittedAt: null,
        reviewedAt: null,
        reviewedById: null,
        returnComment: null,
        createdAt: created,
        updatedAt: created,
      });
      events.push({
        id: stableId(`event:${id}:c`),
        reportId: id,
        actorId: dept.liaisonId,
        action: "CREATED",
        createdAt: created,
      });
      topicRows.push({ reportId: id, topicId: topicId("工作压力") });
    }
  }
}

/** Ad-hoc reports (即时报告) on urgent events, reviewed within hours. */
export function addAdhocReports(ctx: ReportContext, periods: Period[]): void {
  const { org, topicId } = ctx;
  const { reports, events, topicRows } = ctx.rows;
  const adhoc = [
    { code: "JC2", key: "2025-04", day: 18, title: "入额考试成绩公布后部分干警情绪波动", mood: 2 },
    { code: "AGB", key: "2025-05", day: 9, title: "案管系统切换期间工作量激增", mood: 3 },
    { code: "JC4", key: "2026-06", day: 22, title: "干警家属来院反映加班问题", mood: 2 },
    { code: "FJDD", key: "2026-08", day: 3, title: "高温执勤期间人员身体状况", mood: 3 },
    { code: "JC4", key: "2026-10", day: 15, title: "骨干干警提出调岗申请", mood: 2 },
  ];
  for (const a of adhoc.map((x) => ({ ...x, key: storyKey(x.key) }))) {
    const dept = org.departments.find((d) => d.code === a.code);
    if (!dept?.liaisonId || !dept.headId) continue;
    const p = periods.find((x) => x.key === a.key)!;
    const at = new Date(p.startsAt.getTime() + (a.day - 1) * DAY + 10 * 3600_000);
    const id = stableId(`adhoc:${a.code}:${a.key}`);
    reports.push({
      id,
      departmentId: dept.id,
      periodId: null,
      kind: "ADHOC",
      authorId: dept.liaisonId,
      status: "REVIEWED",
      title: a.title,
      mood: a.mood,
      stability: a.mood >= 3 ? "MOSTLY_STABLE" : "FLUCTUATING",
      summary: `${a.title}。信息员已第一时间了解情况，部门负责人已开展谈心谈话，建议政治处跟进。`,
      submittedAt: at,
      firstSubmittedAt: at,
      reviewedAt: new Date(at.getTime() + 4 * 3600_000),
      reviewedById: dept.headId,
      createdAt: at,
      updatedAt: at,
    });
    events.push({
      id: stableId(`event:${id}:c`),
      reportId: id,
      actorId: dept.liaisonId,
      action: "CREATED",
      createdAt: at,
    });
    events.push({
      id: stableId(`event:${id}:s`),
      reportId: id,
      actorId: dept.liaisonId,
      action: "SUBMITTED",
      createdAt: at,
    });
    events.push({
      id: stableId(`event:${id}:v`),
      reportId: id,
      actorId: dept.headId,
      action: "REVIEWED",
      createdAt: new Date(at.getTime() + 4 * 3600_000),
    });
    topicRows.push({ reportId: id, topicId: topicId(a.code === "JC2" ? "入额" : "工作压力") });
  }
}
