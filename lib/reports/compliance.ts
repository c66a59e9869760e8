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
