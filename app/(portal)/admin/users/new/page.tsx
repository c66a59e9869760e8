import type { Metadata } from "next";

import { UserForm } from "@/components/admin/user-form";
import { Card, PageHeader } from "@/components/ui/card";
import { createUser } from "@/lib/admin/actions";
import { listDepartmentOptions } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "新建用户" };

export default async function NewUserPage() {
  await requirePagePermission("admin.user.manage", "/admin/users/new");
  const departments = await listDepartmentOptions();
  return (
    <>
      <PageHeader title="新建用户" description="创建后系统生成临时密码，本人首次登录须修改" />
      <Card>
        <UserForm action={createUser} departments={departments} />
      </Card>
    </>
  );
}
