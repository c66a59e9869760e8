import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DepartmentForm } from "@/components/admin/department-form";
import { Card, PageHeader } from "@/components/ui/card";
import { updateDepartment } from "@/lib/admin/actions";
import { getDepartmentForEdit } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "编辑部门" };

export default async function EditDepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("admin.department.manage", "/admin/departments/[id]");
  const data = await getDepartmentForEdit(id);
  if (!data) notFound();
  return (
    <>
      <PageHeader title={`编辑部门：${data.dept.name}`} />
      <Card>
        <DepartmentForm
          action={updateDepartment}
          values={data.dept}
          members={data.members}
          leaders={data.leaders}
        />
      </Card>
    </>
  );
}
