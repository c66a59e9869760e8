import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DepartmentDashboardView } from "@/components/department/dashboard";
import { requirePagePermission } from "@/lib/auth/session";
import { getDepartmentDashboard, listViewableDepartments } from "@/lib/department/queries";

export const metadata: Metadata = { title: "部门看板" };

/** Beyond this many departments, the header lists no others (the chooser at /department?all=1 does). */
const SWITCH_LIMIT = 6;

export default async function DepartmentByIdPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("department.view", "/department/[id]");
  const { id } = await params;
  // null for a department the viewer neither heads, liaises for nor supervises: the same 404 as an unknown id.
  const [d, list] = await Promise.all([
    getDepartmentDashboard(user, id, new Date(), { reuse: true }),
    listViewableDepartments(user),
  ]);
  if (!d) notFound();
  const others = list.filter((x) => x.id !== id);
  return <DepartmentDashboardView d={d} others={others.length <= SWITCH_LIMIT ? others : []} />;
}
