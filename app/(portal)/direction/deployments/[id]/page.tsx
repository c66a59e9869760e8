import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AssignmentProgress } from "@/components/direction/deployments/assignment-progress";
import { DeploymentSource } from "@/components/direction/deployments/deployment-source";
import { DeploymentFollowUpForm } from "@/components/direction/follow-up-form";
import { LinkedFollowUps } from "@/components/direction/linked-follow-ups";
import { TextBlock } from "@/components/direction/text-block";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { openFollowUpFromDeployment } from "@/lib/direction/deployments/actions";
import { getDeployment } from "@/lib/direction/deployments/queries";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "部署事项" };

export default async function DeploymentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("direction.read", "/direction/deployments/[id]");
  const d = await getDeployment(id, user);
  if (!d) notFound();
  const manage = can(user.roles, "direction.manage");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/direction/deployments" className="text-brand-700 hover:underline">
          ← {T.deployments}
        </Link>
      </p>
      <PageHeader
        title={d.title}
        description={`${d.createdBy.realName} 于 ${formatDate(d.createdAt)} 下达 · 指派 ${d.summary.total} 个部门`}
        actions={
          manage ? (
            <Link href={`/direction/deployments/${d.id}/edit`} className={buttonClass.secondary}>
              调整部署（责任人、截止日期）
            </Link>
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <AssignmentProgress deployment={d} />
        </div>
        <div className="space-y-4">
          <Card title="事项说明">
            <TextBlock text={d.description} empty="未填写说明" />
          </Card>
          <DeploymentSource goal={d.goal} meeting={d.meeting} />
          {can(user.roles, "followup.manage") ? (
            <LinkedFollowUps followUps={d.followUps}>
              <DeploymentFollowUpForm
                action={openFollowUpFromDeployment}
                deploymentId={d.id}
                departments={d.assignments.map((a) => ({
                  id: a.departmentId,
                  label: `${a.department}${a.overdue ? "（已逾期）" : ""}`,
                }))}
              />
            </LinkedFollowUps>
          ) : null}
        </div>
      </div>
    </>
  );
}
