// The department dashboard (/department, issue 15 item 2): one department's
// report status, mood trend, study, talk coverage, follow-ups, deployments and
// appraisal progress, composed from the owning domains' queries. Every block
// is scoped by the department's id, bounded, and aggregated in the database;
// which department the viewer may open is decided by departmentScope
// (access.ts), and which links and titles they get by the permission table.
import "server-only";

import { can } from "../auth/permissions";
import { db } from "../db";
import { departmentAssignments } from "../direction/deployments/queries";
import { departmentFollowUps } from "../follow-ups/queries";
import { departmentReportStatus } from "../reports/queries";
import { departmentScope, relationOf, type DepartmentViewer } from "./access";
import { departmentFigures } from "./figures";

export { RELATION_LABELS } from "./access";
export type { MoodRow } from "./mood";

/**
 * The departments the viewer may open, in the 院's order, with how they come to
 * see each. Not cut to a page: the chooser and the people search take their
 * scope from it, and a 院 has at most some thousand departments (five small
 * columns each).
 */
export async function listViewableDepartments(v: DepartmentViewer) {
  const scope = departmentScope(v);
  if (!scope) return [];
  const rows = await db.department.findMany({
    where: scope,
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, headId: true, liaisonId: true, leaderId: true },
  });
  return rows.map((d) => ({ id: d.id, name: d.name, relation: relationOf(v, d) }));
}

/** Follow-up titles that name a person of concern stay with those who read the department's reports. */
const NEUTRAL_CONCERN_TITLE = "关注人员跟进";

/**
 * Everything on /department/[id], or null when the viewer may not open it (the
 * page's 404). With `reuse`, the aggregate blocks may come from the last
 * FIGURES_TTL_MS (./figures.ts); the rest is read fresh.
 */
export async function getDepartmentDashboard(
  v: DepartmentViewer,
  id: string,
  now: Date = new Date(),
  opts: { reuse?: boolean } = {},
) {
  const scope = departmentScope(v);
  if (!scope) return null;
  const dept = await db.department.findFirst({
    where: { AND: [scope, { id }] },
    select: {
      id: true,
      name: true,
      headId: true,
      liaisonId: true,
      leaderId: true,
      head: { select: { realName: true } },
      liaison: { select: { realName: true } },
      leader: { select: { realName: true } },
    },
  });
  if (!dept) return null;
  const own = v.departmentId === dept.id;
  const may = {
    // The liaison files for their own department (report.submit holds the rest).
    fileReport: can(v.roles, "report.submit") && dept.liaisonId === v.id && own,
    readReports: can(v.roles, "report.readAll") || (can(v.roles, "report.readDepartment") && own),
    manageFollowUps: can(v.roles, "followup.manage"),
    manageCampaigns: can(v.roles, "talk.campaign"),
    readRankings: can(v.roles, "study.rankings"),
  };
  const [figures, periods, followUps, deployments] = await Promise.all([
    departmentFigures(dept, now, opts.reuse ?? false),
    departmentReportStatus(dept.id, now),
    departmentFollowUps(dept.id, now),
    departmentAssignments(dept.id, now),
  ]);
  const { trend, study, talks, appraisal, year } = figures;
  return {
    asOf: figures.asOf,
    year,
    department: {
      id: dept.id,
      name: dept.name,
      head: dept.head?.realName ?? null,
      liaison: dept.liaison?.realName ?? null,
      leader: dept.leader?.realName ?? null,
      people: study.length,
    },
    relation: relationOf(v, dept),
    may,
    periods: periods.map((p) => ({
      ...p,
      // A draft is its own department's until submitted.
      reportId:
        may.readReports && p.reportId && (p.reportStatus !== "DRAFT" || own) ? p.reportId : null,
    })),
    trend: trend.map((r) => ({ ...r, reportId: may.readReports ? r.reportId : null })),
    study,
    talks,
    followUps: {
      ...followUps,
      open: followUps.open.map((f) => ({
        ...f,
        title: f.sourceType === "CONCERN" && !may.readReports ? NEUTRAL_CONCERN_TITLE : f.title,
        linkable: may.manageFollowUps || f.assigneeId === v.id,
      })),
    },
    deployments,
    appraisal,
  };
}

export type DepartmentDashboard = NonNullable<Awaited<ReturnType<typeof getDepartmentDashboard>>>;
