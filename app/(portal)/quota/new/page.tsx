import type { Metadata } from "next";

import { RoundForm } from "@/components/quota/round-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "新建入额遴选" };

export default async function NewQuotaRoundPage() {
  await requirePagePermission("quota.manage", "/quota/new");
  return (
    <>
      <PageHeader
        title="新建入额遴选"
        description="设置员额名额、报名时间和考核项目。开始评分前均可修改。"
      />
      <Card>
        <RoundForm />
      </Card>
    </>
  );
}
