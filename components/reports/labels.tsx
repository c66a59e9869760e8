import { COMPLIANCE_LABELS, type ComplianceStatus } from "@/lib/reports/compliance";

export const COMPLIANCE_STYLE: Record<ComplianceStatus, string> = {
  ON_TIME: "bg-green-100 text-green-800",
  LATE: "bg-amber-100 text-amber-800",
  MISSING: "bg-red-600 text-white",
  RETURNED: "bg-red-100 text-red-800",
  PENDING: "bg-slate-100 text-slate-600",
};

export function ComplianceCell({ status }: { status: ComplianceStatus }) {
  return (
    <span
      className={`inline-block min-w-10 rounded px-1.5 py-0.5 text-center text-xs font-medium ${COMPLIANCE_STYLE[status]}`}
    >
      {COMPLIANCE_LABELS[status]}
    </span>
  );
}
