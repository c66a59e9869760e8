// Report compliance per department and period (docs/sanhao.md, the product spec: "Missing and late
// reports are flagged per department and period"). Timeliness is judged by
// the first submission, so a report returned and resubmitted keeps it.
export type ComplianceStatus = "ON_TIME" | "LATE" | "MISSING" | "RETURNED" | "PENDING";

export const COMPLIANCE_LABELS: Record<ComplianceStatus, string> = {
  ON_TIME: "按时",
  LATE: "迟报",
  MISSING: "缺报",
  RETURNED: "退回",
  PENDING: "待报",
};

export type ReportForCompliance = { status: string; firstSubmittedAt: Date | null } | null;

export function complianceOf(
  report: ReportForCompliance,
  dueAt: Date,
  now: Date,
): ComplianceStatus {
  if (!report || !report.firstSubmittedAt)
    return now.getTime() > dueAt.getTime() ? "MISSING" : "PENDING";
  if (report.status === "RETURNED") return "RETURNED";
  return report.firstSubmittedAt.getTime() <= dueAt.getTime() ? "ON_TIME" : "LATE";
}

/**
 * The department × period matrix and its totals. A cell links to its report
 * only once submitted: a draft is still its department's own.
 */
export function complianceTable(
  periods: readonly { key: string; label: string; dueAt: Date }[],
  departments: readonly { id: string; name: string }[],
  reports: readonly {
    id: string;
    departmentId: string;
    status: string;
    firstSubmittedAt: Date | null;
    period: { key: string } | null;
  }[],
  now: Date,
) {
  const reportAt = new Map(reports.map((r) => [`${r.departmentId}:${r.period?.key}`, r]));
  const rows = departments.map((d) => ({
    department: d,
    cells: periods.map((p) => {
      const r = reportAt.get(`${d.id}:${p.key}`) ?? null;
      // A draft is still its department's own: no link to it.
      return {
        periodKey: p.key,
        reportId: r && r.status !== "DRAFT" ? r.id : null,
        status: complianceOf(r, p.dueAt, now) as ComplianceStatus,
      };
    }),
  }));
  const totals: Record<ComplianceStatus, number> = {
    ON_TIME: 0,
    LATE: 0,
    MISSING: 0,
    RETURNED: 0,
    PENDING: 0,
  };
  for (const r of rows) for (const c of r.cells) totals[c.status]++;
  return {
    periods: periods.map((p) => ({ key: p.key, label: p.label, dueAt: p.dueAt })),
    rows,
    totals,
  };
}

/**
 * The matrix's totals over every department, from counts rather than cells:
 * `departments` rows; per period, how many filed (first submitted) reports
 * stand in each status; and how many of those not returned came on time.
 * A cell with no filed report is missing once its period is due, else pending.
 */
export function complianceTotals(
  periods: readonly { key: string; dueAt: Date }[],
  departments: number,
  filed: readonly { periodKey: string | undefined; status: string; count: number }[],
  onTime: number,
  now: Date,
): Record<ComplianceStatus, number> {
  const totals: Record<ComplianceStatus, number> = {
    ON_TIME: onTime,
    LATE: 0,
    MISSING: 0,
    RETURNED: 0,
    PENDING: 0,
  };
  for (const p of periods) {
    const of = filed.filter((f) => f.periodKey === p.key);
    const n = of.reduce((s, f) => s + f.count, 0);
    const returned = of.reduce((s, f) => s + (f.status === "RETURNED" ? f.count : 0), 0);
    totals.RETURNED += returned;
    totals.LATE += n - returned;
    totals[now.getTime() > p.dueAt.getTime() ? "MISSING" : "PENDING"] += departments - n;
  }
  totals.LATE -= onTime;
  return totals;
}
