import type { Metadata } from "next";

import { LogForm } from "@/components/consult/log-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listAskerOptions } from "@/lib/consult/queries";
import { shanghaiMinuteKey } from "@/lib/dates";

export const metadata: Metadata = { title: "代为登记咨询" };

/** datetime-local value for "now" in Asia/Shanghai, the latest allowed time. */
function nowLocal(): string {
  return shanghaiMinuteKey();
}

export default async function LogConsultationPage() {
  await requirePagePermission("consult.answer", "/consult/log");
  const askers = await listAskerOptions();
  return (
    <>
      <PageHeader
        title="代为登记咨询"
        description="登记干警通过电话、当面、短信或微信提出的改革咨询"
      />
      <Card className="max-w-2xl">
        <LogForm
          askers={askers.map((a) => ({
            id: a.id,
            label: `${a.realName}${a.department ? `（${a.department.name}）` : ""}`,
          }))}
          maxAskedAt={nowLocal()}
        />
      </Card>
    </>
  );
}
