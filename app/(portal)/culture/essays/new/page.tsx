import type { Metadata } from "next";

import { CallForm } from "@/components/culture/essays/call-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listColumnChoices, listJudgeCandidates } from "@/lib/culture/essays/queries";

export const metadata: Metadata = { title: "发起征文" };

export default async function NewEssayCallPage() {
  await requirePagePermission("culture.manage", "/culture/essays/new");
  const [departments, columns] = await Promise.all([listJudgeCandidates(), listColumnChoices()]);
  return (
    <>
      <PageHeader
        title="发起征文"
        description="发布后通知全院干警。征集期内干警可提交和修改作品，截止后评委评分。"
      />
      <Card>
        <CallForm departments={departments} columns={columns} />
      </Card>
    </>
  );
}
