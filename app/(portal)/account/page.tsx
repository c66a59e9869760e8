import type { Metadata } from "next";

import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "账户安全" };

export default async function AccountPage() {
  await requirePagePermission("account.manage", "/account");
  return (
    <>
      <PageHeader
        title="账户安全"
        description="修改登录密码。密码每 90 天须更换一次；修改后所有已登录的设备都需要重新登录。"
      />
      <Card title="修改密码">
        <ChangePasswordForm />
      </Card>
    </>
  );
}
