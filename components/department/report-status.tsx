import Link from "next/link";

import { ComplianceCell } from "@/components/reports/labels";
import { fileLink } from "@/components/reports/period-status";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import type { DepartmentDashboard } from "@/lib/department/queries";
import { formatDate } from "@/lib/format";

/** This period's report and the last one's, with the liaison's call to file. */
export function ReportStatusSection({ d }: { d: DepartmentDashboard }) {
  const [previous, current] = d.periods;
  const currentLink = d.may.fileReport ? fileLink(current) : null;
  const previousLink = d.may.fileReport ? fileLink(previous) : null;
  return (
    <Card
      id="department-report"
      title="思想动态报告"
      actions={
        d.may.readReports ? (
          <Link href="/reports" className={buttonClass.link}>
            全部报告
          </Link>
        ) : null
      }
    >
      {currentLink ? (
        <div className="border-brand-200 mb-4 flex flex-wrap items-center justify-between gap-3 rounded-md border bg-brand-50 px-4 py-3">
          <p className="text-sm text-slate-800">
            <strong>{current.label}</strong>报告尚未提交，请于{" "}
            <strong>{formatDate(current.dueAt)}</strong> 前报送。
          </p>
          <Link href={currentLink.href} className={buttonClass.primary}>
            {currentLink.label}
          </Link>
        </div>
      ) : null}
      {previousLink ? (
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-md border border-red-200 bg-red-50 px-4 py-3">
          <p className="text-sm text-red-900">
            上期（{previous.label}）报告
            {previous.compliance === "MISSING" ? "已逾期未报" : "尚未提交"}，截止{" "}
            {formatDate(previous.dueAt)}。
          </p>
          <Link href={previousLink.href} className={buttonClass.secondary}>
            {previousLink.label === "立即填报" ? "补报上期" : previousLink.label}
          </Link>
        </div>
      ) : null}
      <ul className="divide-y divide-slate-100 text-sm">
        {[current, previous].map((p) => (
          <li key={p.key} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{p.label}</span>
              <span className="ml-2 text-xs text-slate-500">截止 {formatDate(p.dueAt)}</span>
            </span>
            <span className="flex items-center gap-2">
              <ComplianceCell status={p.compliance} />
              {p.reportId ? (
                <Link href={`/reports/${p.reportId}`} className={buttonClass.link}>
                  查看报告
                </Link>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {!d.may.fileReport && !current.filed ? (
        <p className="mt-2 text-xs text-slate-500">
          本期报告由本部门信息员{d.department.liaison ? `（${d.department.liaison}）` : ""}
          填报
          {d.department.liaison ? "" : "；本部门尚未指定信息员，请联系系统管理员在部门管理中指定"}。
        </p>
      ) : null}
    </Card>
  );
}
