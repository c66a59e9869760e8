import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DepartmentChooser } from "@/components/department/chooser";
import { DepartmentDashboardView } from "@/components/department/dashboard";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { getDepartmentDashboard, listViewableDepartments } from "@/lib/department/queries";

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
  const d = await getDepartmentDashboard(user, target.id, new Date(), { reuse: true });
  if (!d) notFound();
  const others = list.filter((x) => x.id !== target.id);
  return (
    <>
      <DepartmentDashboardView d={d} others={others.length <= SWITCH_LIMIT ? others : []} />
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
