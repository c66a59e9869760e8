import type { Metadata } from "next";

import { DeploymentForm } from "@/components/direction/deployments/deployment-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { createDeployment } from "@/lib/direction/deployments/actions";
import { listGoalOptions } from "@/lib/direction/goals/queries";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { listMeetingOptions } from "@/lib/direction/meetings/queries";
import { listDepartmentMembers } from "@/lib/direction/queries";
import { toDateInput } from "@/lib/format";

export const metadata: Metadata = { title: T.newDeployment };

export default async function NewDeploymentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePagePermission("direction.manage", "/direction/deployments/new");
  const { goalId, meetingId } = await searchParams;
  const [departments, goals, meetings] = await Promise.all([
    listDepartmentMembers(),
    listGoalOptions(),
    listMeetingOptions(),
  ]);
  // Prefill only from records that exist; anything else starts blank.
  const values = {
    goalId: goals.some((g) => g.id === goalId) ? goalId : null,
    meetingId: meetings.some((m) => m.id === meetingId) ? meetingId : null,
  };
  return (
    <>
      <PageHeader
        title={T.newDeployment}
        description="把年度目标或会议决定分解到部门：每个部门指定责任人和截止日期，系统通知责任人"
      />
      <Card>
        <DeploymentForm
          action={createDeployment}
          values={values}
          departments={departments}
          goals={goals}
          meetings={meetings.map((m) => ({ ...m, heldAt: toDateInput(m.heldAt) }))}
        />
      </Card>
    </>
  );
}
