// What the appraisal counts from 思想动态报告 (issue 14): for each department,
// the periodic reports due in [from, to) whose due day has passed, how many
// were submitted (按时 or 迟报, by the compliance rule of the matrix) and how
// many on time, with the report ids behind each figure, and who filed them
// (so that a liaison's own sheet can carry their department's figures).
// Bounded by departments × periods, never by people.
import "server-only";

import { db } from "../../db";
import { idHead, type RecordRow } from "../../record-rows";
import { complianceOf } from "../compliance";

export type ReportTally = {
  due: number;
  submittedIds: string[];
  onTimeIds: string[];
  authorIds: string[];
};

export async function reportComplianceFor(q: {
  departmentIds: readonly string[];
  from: Date;
  to: Date;
  now: Date;
}): Promise<Map<string, ReportTally>> {
  const out = new Map<string, ReportTally>(
    q.departmentIds.map((id) => [id, { due: 0, submittedIds: [], onTimeIds: [], authorIds: [] }]),
  );
  if (q.departmentIds.length === 0) return out;
  const end = q.to.getTime() < q.now.getTime() ? q.to : q.now;
  const periods = await db.reportPeriod.findMany({
    where: { dueAt: { gte: q.from, lt: end } },
    select: { id: true, dueAt: true },
  });
  if (periods.length === 0) return out;
  const dueAt = new Map(periods.map((p) => [p.id, p.dueAt]));
  const reports = await db.liaisonReport.findMany({
    where: {
      kind: "PERIODIC",
      departmentId: { in: [...q.departmentIds] },
      periodId: { in: periods.map((p) => p.id) },
      firstSubmittedAt: { not: null },
    },
    select: {
      id: true,
      departmentId: true,
      periodId: true,
      status: true,
      firstSubmittedAt: true,
      authorId: true,
    },
    orderBy: { id: "asc" },
  });
  for (const t of out.values()) t.due = periods.length;
  for (const r of reports) {
    const t = out.get(r.departmentId)!;
    const status = complianceOf(r, dueAt.get(r.periodId!)!, q.now);
    if (status !== "ON_TIME" && status !== "LATE") continue;
    t.submittedIds.push(r.id);
    if (status === "ON_TIME") t.onTimeIds.push(r.id);
    if (!t.authorIds.includes(r.authorId)) t.authorIds.push(r.authorId);
  }
  return out;
}

/** The evidence page's line for each report, linking to it (the report's page checks again). */
export async function describeForAppraisal(ids: readonly string[]): Promise<RecordRow[]> {
  return ids.map((id) => ({
    id,
    text: `思想动态报告 ${idHead(id).slice(-8)}`,
    href: `/reports/${idHead(id)}`,
  }));
}
