import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DepartmentChooser } from "@/components/department/chooser";
import { DepartmentDashboardView } from "@/components/department/dashboard";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { issuedAnnexes } from "@/lib/analysis-report/queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getDepartmentDashboard, listViewableDepartments } from "@/lib/department/queries";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "部门看板" };

/** Beyond this many departments, the others are reached through the chooser, not listed in the header. */
const SWITCH_LIMIT = 6;

export default async function DepartmentPage({
  searchParams,
}: {
  searchParams: Promise<{ all?: string }>;
}) {
  const user = await requirePagePermission("department.view", "/department");
  const { all } = await searchParams;
  const list = await listViewableDepartments(user);
  if (list.length === 0)
    return (
      <>
        <PageHeader title="部门看板" />
        <EmptyState
          title="您目前不是任何部门的负责人、信息员或分管院领导"
          hint="部门的负责人、信息员和分管院领导由系统管理员在“部门管理”中指定，指定后即可在此查看该部门看板"
        />
      </>
    );
  // One's own department (head or liaison) first; else the only one; else choose.
  const own = list.filter((d) => d.relation === "HEAD" || d.relation === "LIAISON");
  const target = all ? null : own.length === 1 ? own[0] : list.length === 1 ? list[0] : null;
  if (!target)
    return (
      <>
        <PageHeader title="部门看板" description="请选择要查看的部门" />
        <DepartmentChooser departments={list} />
      </>
    );
  const [d, annexes] = await Promise.all([
    getDepartmentDashboard(user, target.id, new Date(), { reuse: true }),
    // A head reaches their department's rows of each issued 分析报告's annex from here;
    // 政治处 and 院领导 open the reports themselves.
    target.relation === "HEAD" && !can(user.roles, "analysisReport.read")
      ? issuedAnnexes(user)
      : Promise.resolve([]),
  ]);
  if (!d) notFound();
  const others = list.filter((x) => x.id !== target.id);
  return (
    <>
      <DepartmentDashboardView d={d} others={others.length <= SWITCH_LIMIT ? others : []} />
      {annexes.length > 0 ? (
        <Card title="思想状况分析报告 · 本部门保密附件" className="mt-4">
          <p className="mb-2 text-xs text-red-700">内部资料 注意保密；每次查看均记入审计日志。</p>
          <ul className="space-y-1 text-sm">
            {annexes.map((a) => (
              <li key={a.versionId}>
                <Link
                  href={`/analysis-reports/${a.reportId}/annex?version=${a.versionId}`}
                  className={buttonClass.link}
                >
                  {a.label}
                </Link>
                <span className="ml-2 text-slate-500">签发于 {formatDate(a.issuedAt)}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {others.length > SWITCH_LIMIT ? (
        <p className="mt-4 text-sm">
          <Link href="/department?all=1" className={buttonClass.link}>
            查看其他部门
          </Link>
        </p>
      ) : null}
    </>
  );
}
