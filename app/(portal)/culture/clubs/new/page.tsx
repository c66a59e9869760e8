import type { Metadata } from "next";

import { ClubForm } from "@/components/culture/clubs/club-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listDepartmentMembers } from "@/lib/direction/queries";

export const metadata: Metadata = { title: "新建社团" };

export default async function NewClubPage() {
  await requirePagePermission("culture.manage", "/culture/clubs/new");
  const departments = await listDepartmentMembers();
  return (
    <>
      <PageHeader
        title="新建社团"
        description="填写社团章程并指定首批负责人；其他干警申请加入后由负责人审批"
      />
      <Card>
        <ClubForm departments={departments} />
      </Card>
    </>
  );
}
