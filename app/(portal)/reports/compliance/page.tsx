import type { Metadata } from "next";
import Link from "next/link";

import { ComplianceTable } from "@/components/reports/compliance-table";
import { ComplianceCell } from "@/components/reports/labels";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { COMPLIANCE_LABELS, type ComplianceStatus } from "@/lib/reports/compliance";
import { complianceMatrix, complianceYears, readsAllDepartments } from "@/lib/reports/queries";
import { urgeState } from "@/lib/reports/work-items";

export const metadata: Metadata = { title: "报送情况" };

export default async function CompliancePage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string; page?: string }>;
}) {
  // 催报 only with report.urge (政治处): a leader's matrix is read-only.
  const user = await requirePagePermission("report.compliance", "/reports/compliance");
  const years = await complianceYears();
  const query = await searchParams;
  const requested = Number(query.year);
  const year = years.includes(requested) ? requested : years[0];
  const now = new Date();
  // A page of departments; the totals above it count them all.
  const [m, urge] = await Promise.all([
    complianceMatrix(year, now, Number(query.page) || 1),
    can(user.roles, "report.urge") ? urgeState(now) : null,
  ]);
  return (
    <>
      <PageHeader
        title="思想动态报告报送情况"
        description={`各部门按周期报送的及时性：按时、迟报、缺报、退回；以首次提交时间判断是否按时${urge ? "。本期和上一期未报的部门可催报，每个部门每期每天最多一次" : ""}`}
        actions={
          <Link href="/reports" className={buttonClass.secondary}>
            返回报告列表
          </Link>
        }
      />
      <Card>
        <form className="mb-4 flex flex-wrap items-end gap-3">
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">年度</span>
            <select name="year" defaultValue={String(year)} className={inputClass}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y} 年
                </option>
              ))}
            </select>
          </label>
          <button className={buttonClass.secondary} type="submit">
            查看
          </button>
          <p className="ml-auto flex flex-wrap items-center gap-3 text-sm">
            <span className="text-slate-600">全部 {m.total} 个部门合计</span>
            {(Object.keys(COMPLIANCE_LABELS) as ComplianceStatus[]).map((s) => (
              <span key={s} className="inline-flex items-center gap-1">
                <ComplianceCell status={s} /> {m.totals[s]}
              </span>
            ))}
          </p>
        </form>
        <ComplianceTable year={year} matrix={m} canOpen={readsAllDepartments(user)} urge={urge} />
        {m.pages > 1 ? (
          <Pagination
            page={m.page}
            pages={m.pages}
            total={m.total}
            basePath="/reports/compliance"
            params={{ year: String(year) }}
            label="部门"
          />
        ) : null}
      </Card>
    </>
  );
}
