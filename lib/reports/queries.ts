// Reads for liaison reports, each scoped by reportScope (access.ts): 政治处
// and 院领导 see every department (院领导 without the staff-of-concern detail,
// concernScope), a head or liaison only their own, everyone else nothing
// (docs/security.md item 10).
import "server-only";

import { auditRead } from "../audit/read";
import type { SessionUser } from "../auth/session";
import { decryptText } from "../crypto";
import { shanghaiYear } from "../dates";
import { db } from "../db";
import { concernScope, reportScope } from "./access";
import { periodsBetween } from "./periods";
import { readSchedule } from "./schedule";

export { missingReportWorkItems } from "./work-items";
// The compliance matrix (报送情况), a page of departments at a time.
export { COMPLIANCE_DEPARTMENTS_PER_PAGE, complianceMatrix } from "./compliance-matrix";
export { CONCERN_KIND_LABELS } from "./schemas";

// One department's period status and moods, for the department dashboard.
export { departmentMoods, departmentReportStatus } from "./department";
export { concernKinds } from "./summary";
export { readsAllDepartments } from "./access";

export {
  allReportRows,
  listReports,
  REPORTS_PER_PAGE,
  reportsOfMonthsWhere,
  type ReportRow,
} from "./list";

/** One report within the viewer's scope, or null (→ 404). */
export async function getReport(user: SessionUser, id: string) {
  const scope = reportScope(user);
  if (!scope) return null;
  return db.liaisonReport.findFirst({
    where: { ...scope, id },
    select: {
      id: true,
      kind: true,
      title: true,
      status: true,
      mood: true,
      stability: true,
      summary: true,
      departmentId: true,
      authorId: true,
      submittedAt: true,
      firstSubmittedAt: true,
      reviewedAt: true,
      returnComment: true,
      createdAt: true,
      department: { select: { name: true } },
      period: { select: { key: true, label: true, dueAt: true } },
      author: { select: { realName: true } },
      reviewedBy: { select: { realName: true } },
      topics: { select: { topic: { select: { id: true, name: true } } } },
      events: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          action: true,
          comment: true,
          createdAt: true,
          actor: { select: { realName: true } },
        },
      },
      _count: { select: { concerns: true } },
    },
  });
}

/** A report id outside the viewer's scope: audited like a refused action (docs/security.md item 21). */
export async function auditReportNotFound(
  user: SessionUser,
  id: string,
  ip?: string,
): Promise<void> {
  await auditRead(user, {
    action: "report.read",
    objectType: "LiaisonReport",
    objectId: id,
    found: false,
    ip,
  });
}

/**
 * The decrypted staff-of-concern entries of a report the viewer may read.
 * Each read is audited (docs/security.md item 21): these are confidential.
 */
export async function readConcerns(user: SessionUser, reportId: string, ip: string) {
  const scope = concernScope(user);
  if (!scope) return null;
  const report = await db.liaisonReport.findFirst({
    where: { ...scope, id: reportId },
    select: { id: true },
  });
  if (!report) return null;
  const rows = await db.staffConcern.findMany({
    where: { reportId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      kind: true,
      personId: true,
      descriptionEnc: true,
      suggestionEnc: true,
      person: { select: { realName: true, position: true } },
      followUp: { select: { id: true, status: true } },
    },
  });
  if (rows.length) {
    await auditRead(user, {
      action: "report.concern.read",
      objectType: "LiaisonReport",
      objectId: reportId,
      found: true,
      ip,
      detail: { count: rows.length },
    });
  }
  return rows.map(({ descriptionEnc, suggestionEnc, ...c }) => ({
    ...c,
    description: decryptText(descriptionEnc),
    suggestion: decryptText(suggestionEnc),
  }));
}

/** What the liaison form needs: active topics, department members, open periods. */
export async function reportFormOptions(user: SessionUser) {
  const schedule = await readSchedule(db);
  const now = new Date();
  const [topics, members, filed] = await Promise.all([
    db.hotTopic.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.user.findMany({
      where: { departmentId: user.departmentId ?? "-", status: "ACTIVE" },
      orderBy: { employeeNo: "asc" },
      select: { id: true, realName: true, position: true },
    }),
    db.liaisonReport.findMany({
      where: { departmentId: user.departmentId ?? "-", periodId: { not: null } },
      select: { period: { select: { key: true } } },
    }),
  ]);
  const filedKeys = new Set(filed.map((r) => r.period?.key));
  const yearAgo = new Date(now.getTime() - 365 * 24 * 3600_000);
  const periods = periodsBetween(yearAgo, now, schedule)
    .filter((p) => !filedKeys.has(p.key))
    .reverse()
    .map((p) => ({ key: p.key, label: p.label, dueAt: p.dueAt }));
  return { topics, members, periods };
}

/** Years that have any period, for the year filter. */
export async function complianceYears(now: Date = new Date()): Promise<number[]> {
  const first = await db.reportPeriod.findFirst({
    orderBy: { startsAt: "asc" },
    select: { startsAt: true },
  });
  const thisYear = shanghaiYear(now);
  const from = first ? shanghaiYear(first.startsAt) : thisYear;
  return Array.from({ length: thisYear - from + 1 }, (_, i) => thisYear - i);
}

/** Every hot topic, retired ones too, for filtering the report list. */
export function listTopicOptions() {
  return db.hotTopic.findMany({
    orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, active: true },
  });
}

export async function reportSettings() {
  const [schedule, topics] = await Promise.all([
    readSchedule(db),
    db.hotTopic.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, active: true, _count: { select: { reports: true } } },
    }),
  ]);
  return { schedule, topics };
}
