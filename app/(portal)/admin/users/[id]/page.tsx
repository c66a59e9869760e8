import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { UserForm } from "@/components/admin/user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { Card, PageHeader } from "@/components/ui/card";
import { updateUser } from "@/lib/admin/actions";
import { getUserForEdit, listDepartmentOptions } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { toDateInput } from "@/lib/format";

export const metadata: Metadata = { title: "编辑用户" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("admin.user.manage", "/admin/users/[id]");
  const [user, departments] = await Promise.all([getUserForEdit(id), listDepartmentOptions()]);
  if (!user) notFound();
  return (
    <>
      <PageHeader
        title={`编辑用户：${user.realName}`}
        actions={
          <UserRowActions
            id={user.id}
            name={user.realName}
            status={user.status}
            locked={user.locked}
          />
        }
      />
      <Card>
        <UserForm
          action={updateUser}
          departments={departments}
          values={{ ...user, joinedAt: toDateInput(user.joinedAt) }}
        />
      </Card>
    </>
  );
}
