import type { Metadata } from "next";

import { NewFollowUpForm } from "@/components/follow-ups/new-follow-up-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listAssigneeOptions, listFollowUpDepartments } from "@/lib/follow-ups/queries";
import { shanghaiToday } from "@/lib/follow-ups/schemas";

export const metadata: Metadata = { title: "新建督办" };

export default async function NewFollowUpPage() {
  await requirePagePermission("followup.manage", "/follow-ups/new");
  const [departments, assignees] = await Promise.all([
    listFollowUpDepartments(),
    listAssigneeOptions(),
  ]);
  return (
    <>
      <PageHeader title="新建督办" description="手工立项并交办，承办人将收到通知" />
      <Card>
        <NewFollowUpForm departments={departments} assignees={assignees} today={shanghaiToday()} />
      </Card>
    </>
  );
}
