import type { Metadata } from "next";
import Link from "next/link";

import { ComplianceCell } from "@/components/reports/labels";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { COMPLIANCE_LABELS, type ComplianceStatus } from "@/lib/reports/compliance";
import { complianceMatrix, complianceYears } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "报送情况" };

export default async function CompliancePage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string }>;
}) {
  // Read-only for everyone who holds it: the matrix has no 催报 or edit controls.
  await requirePagePermission("report.compliance", "/reports/compliance");
  const years = await complianceYears();
  const requested = Number((await searchParams).year);
  const year = years.includes(requested) ? requested : years[0];
  const m = await complianceMatrix(year);
  return (
    <>
      <PageHeader
        title="思想动态报告报送情况"
        description="各部门按周期报送的及时性：按时、迟报、缺报、退回；以首次提交时间判断是否按时"
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
          <p className="ml-auto flex flex-wrap gap-3 text-sm">
            {(Object.keys(COMPLIANCE_LABELS) as ComplianceStatus[]).map((s) => (
              <span key={s} className="inline-flex items-center gap-1">
                <ComplianceCell status={s} /> {m.totals[s]}
              </span>
            ))}
          </p>
        </form>
        <div className="overflow-x-auto">
          <table className="min-w-full border-separate border-spacing-1 text-sm">
            <caption className="sr-only">{year} 年各部门报送情况</caption>
            <thead>
              <tr>
                <th
                  scope="col"
                  className="sticky left-0 bg-white px-2 text-left text-xs font-semibold text-slate-600"
                >
                  部门
                </th>
                {m.periods.map((p) => (
                  <th
                    key={p.key}
                    scope="col"
                    className="px-1 text-xs font-semibold whitespace-nowrap text-slate-600"
                  >
                    {p.label.replace(/^\d+年/, "")}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.rows.map((r) => (
                <tr key={r.department.id}>
                  <th
                    scope="row"
                    className="sticky left-0 bg-white px-2 text-left font-medium whitespace-nowrap"
                  >
                    {r.department.name}
                  </th>
                  {r.cells.map((c) => (
                    <td key={c.periodKey} className="text-center">
                      {c.reportId ? (
                        <Link
                          href={`/reports/${c.reportId}`}
                          aria-label={`${r.department.name} ${c.periodKey} ${COMPLIANCE_LABELS[c.status]}`}
                        >
                          <ComplianceCell status={c.status} />
                        </Link>
                      ) : (
                        <ComplianceCell status={c.status} />
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
