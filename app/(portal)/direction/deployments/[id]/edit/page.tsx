import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DeploymentForm } from "@/components/direction/deployments/deployment-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { updateDeployment } from "@/lib/direction/deployments/actions";
import { getDeploymentForEdit } from "@/lib/direction/deployments/queries";
import { listGoalOptions } from "@/lib/direction/goals/queries";
import { listMeetingOptions } from "@/lib/direction/meetings/queries";
import { listDepartmentMembers } from "@/lib/direction/queries";
import { toDateInput } from "@/lib/format";

export const metadata: Metadata = { title: "编辑部署事项" };

export default async function EditDeploymentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("direction.manage", "/direction/deployments/[id]/edit");
  const [d, departments, goals, meetings] = await Promise.all([
    getDeploymentForEdit(id),
    listDepartmentMembers(),
    listGoalOptions(),
    listMeetingOptions(),
  ]);
  if (!d) notFound();
  const values = {
    ...d,
    assignments: d.assignments.map((a) => ({
      departmentId: a.departmentId,
      ownerId: a.ownerId,
      dueDate: toDateInput(a.dueDate),
      reported: a._count.progress > 0,
    })),
  };
  return (
    <>
      <PageHeader
        title={`编辑部署事项：${d.title}`}
        description="可调整责任人、截止日期，增加部门；已报送进展的部门不能移除。变更会通知相关责任人"
      />
      <Card>
        <DeploymentForm
          action={updateDeployment}
          values={values}
          departments={departments}
          goals={goals}
          meetings={meetings.map((m) => ({ ...m, heldAt: toDateInput(m.heldAt) }))}
        />
      </Card>
    </>
  );
}
