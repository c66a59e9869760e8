import Link from "next/link";

import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { formatDate } from "@/lib/format";
import type { DepartmentPeriodStatus } from "@/lib/reports/department";

import { ComplianceCell } from "./labels";

/** Where the liaison goes to file a period: the form on that period, their draft, or the returned report. */
export function fileLink(p: DepartmentPeriodStatus): { href: string; label: string } | null {
  if (p.filed && p.reportStatus !== "RETURNED") return null;
  if (p.reportStatus === "RETURNED" && p.reportId)
    return { href: `/reports/${p.reportId}/edit`, label: "修改后重新提交" };
  if (p.reportStatus === "DRAFT" && p.reportId)
    return { href: `/reports/${p.reportId}/edit`, label: "继续填报" };
  return { href: `/reports/new?period=${encodeURIComponent(p.key)}`, label: "立即填报" };
}

/**
 * The liaison's home: this period's report and the last one's (which falls due
 * early in this one), each with its due date, its status and the step to take.
 */
export function PeriodStatusCard({ periods }: { periods: DepartmentPeriodStatus[] }) {
  return (
    <Card title="本部门思想动态报告" className="mb-4">
      <ul className="divide-y divide-slate-100">
        {[...periods].reverse().map((p) => {
          const link = fileLink(p);
          return (
            <li key={p.key} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <div className="text-sm">
                <span className="font-medium text-slate-800">{p.label}</span>
                <span className="ml-2 text-slate-500">截止 {formatDate(p.dueAt)}</span>
                <span className="ml-2">
                  <ComplianceCell status={p.compliance} />
                </span>
              </div>
              {link ? (
                <Link
                  href={link.href}
                  className={
                    p.compliance === "MISSING" || p.compliance === "RETURNED"
                      ? buttonClass.primary
                      : buttonClass.secondary
                  }
                >
                  {link.label}
                </Link>
              ) : p.reportId ? (
                <Link href={`/reports/${p.reportId}`} className={buttonClass.link}>
                  查看报告
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
