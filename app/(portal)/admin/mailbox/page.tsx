import type { Metadata } from "next";

import { MailboxSettingsForm } from "@/components/mailbox/settings-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { mailboxSettings } from "@/lib/mailbox/queries";

export const metadata: Metadata = { title: "检察长信箱设置" };

export default async function MailboxSettingsPage() {
  await requirePagePermission("admin.setting.manage", "/admin/mailbox");
  const s = await mailboxSettings();
  return (
    <>
      <PageHeader
        title="检察长信箱设置"
        description="指定可阅处检察长信箱的人员：检察长及一名委托人。其他任何人（含系统管理员）均不能阅读来信。"
      />
      <Card>
        <MailboxSettingsForm
          chiefId={s.chiefId}
          delegateId={s.delegateId}
          candidates={s.candidates}
        />
      </Card>
    </>
  );
}
