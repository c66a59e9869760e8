"use client";

import Link from "next/link";

import { ActionButton } from "@/components/ui/action-button";
import { resetUserPassword, setUserStatus, unlockUser } from "@/lib/admin/actions";

import { TemporaryPassword } from "./temporary-password";

export function UserRowActions({
  id,
  name,
  status,
  locked,
}: {
  id: string;
  name: string;
  status: string;
  locked: boolean;
}) {
  return (
    <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
      <Link
        href={`/admin/users/${id}`}
        className="text-sm font-medium text-brand-700 hover:underline"
      >
        编辑
      </Link>
      {status === "ACTIVE" ? (
        <ActionButton
          action={setUserStatus}
          fields={{ id, status: "DISABLED" }}
          label="停用"
          variant="link"
          destructive
          confirm={`确定停用 ${name} 的账户？其已登录的会话将立即失效。`}
        />
      ) : (
        <ActionButton
          action={setUserStatus}
          fields={{ id, status: "ACTIVE" }}
          label="启用"
          variant="link"
        />
      )}
      <ActionButton
        action={resetUserPassword}
        fields={{ id }}
        label="重置密码"
        variant="link"
        confirm={`确定重置 ${name} 的密码？其已登录的会话将失效，下次登录须修改密码。`}
        success={(d) => <TemporaryPassword password={d.temporaryPassword} />}
      />
      {locked ? (
        <ActionButton action={unlockUser} fields={{ id }} label="解除锁定" variant="link" />
      ) : null}
    </div>
  );
}
