import type { Metadata } from "next";

import { DepartmentForm } from "@/components/admin/department-form";
import { Card, PageHeader } from "@/components/ui/card";
import { createDepartment } from "@/lib/admin/actions";
import { listLeaderOptions } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "新建部门" };

export default async function NewDepartmentPage() {
  await requirePagePermission("admin.department.manage", "/admin/departments/new");
  const leaders = await listLeaderOptions();
  return (
    <>
      <PageHeader title="新建部门" />
      <Card>
        <DepartmentForm action={createDepartment} members={[]} leaders={leaders} />
      </Card>
    </>
  );
}
