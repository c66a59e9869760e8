import type { Metadata } from "next";

import { CampaignForm } from "@/components/talks/campaign-form";
import { Card, PageHeader } from "@/components/ui/card";
import { listDepartmentOptions } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { listFocusGroupRounds } from "@/lib/quota/queries";
import { listAllBusinessUserOptions } from "@/lib/talks/queries";

export const metadata: Metadata = { title: "新建谈话计划" };

export default async function NewCampaignPage() {
  await requirePagePermission("talk.campaign", "/talks/campaigns/new");
  const [departments, people, quotaRounds] = await Promise.all([
    listDepartmentOptions(),
    listAllBusinessUserOptions(),
    listFocusGroupRounds(),
  ]);
  return (
    <>
      <PageHeader
        title="新建谈话计划"
        description="范围可为全体干警、指定部门、年龄层（老≥50岁、中35–49岁、青<35岁）或重点人员（可从入额遴选未入额人员导入）。"
      />
      <Card>
        <CampaignForm departments={departments} people={people} quotaRounds={quotaRounds} />
      </Card>
    </>
  );
}
