// One department's reports for the department dashboard (lib/department):
// this period's and the last period's status, and the mood of its own
// periodic reports by month. Bounded: two periods, at most `months` reports.
import "server-only";

import { db } from "../db";
import { complianceOf } from "./compliance";
import { periodContaining } from "./periods";
import { readSchedule } from "./schedule";

export type DepartmentPeriodStatus = {
  key: string;
  label: string;
  dueAt: Date;
  /** 按时 / 迟报 / 缺报 / 退回 / 待报 (lib/reports/compliance.ts) */
  compliance: ReturnType<typeof complianceOf>;
  /** the report's own status, or null when nothing is written yet */
  reportStatus: string | null;
  /** the report's id; a draft's only for its own department's liaison to open */
  reportId: string | null;
  filed: boolean;
};

/** The period in progress and the one before it (whose report falls due early in this one), oldest first. */
export async function departmentReportStatus(
  departmentId: string,
  now: Date = new Date(),
): Promise<DepartmentPeriodStatus[]> {
  const schedule = await readSchedule(db);
  const current = periodContaining(now, schedule);
  const previous = periodContaining(new Date(current.startsAt.getTime() - 1000), schedule);
  const reports = await db.liaisonReport.findMany({
    where: { departmentId, kind: "PERIODIC", period: { key: { in: [previous.key, current.key] } } },
    select: { id: true, status: true, firstSubmittedAt: true, period: { select: { key: true } } },
    take: 2,
  });
  return [previous, current].map((p) => {
    const r = reports.find((x) => x.period?.key === p.key) ?? null;
    return {
      key: p.key,
      label: p.label,
      dueAt: p.dueAt,
      compliance: complianceOf(r, p.dueAt, now),
      reportStatus: r?.status ?? null,
      reportId: r?.id ?? null,
      filed: !!r?.firstSubmittedAt,
    };
  });
}

/** The department's submitted monthly reports of the given months: mood (1–5) and stability. */
export async function departmentMoods(departmentId: string, months: string[]) {
  if (months.length === 0) return [];
  const rows = await db.liaisonReport.findMany({
    where: {
      departmentId,
      kind: "PERIODIC",
      status: { not: "DRAFT" },
      period: { key: { in: months }, frequency: "MONTHLY" },
    },
    select: { id: true, mood: true, stability: true, period: { select: { key: true } } },
    take: months.length,
  });
  return rows.map((r) => ({
    id: r.id,
    month: r.period!.key,
    mood: r.mood,
    stability: r.stability,
  }));
}
