"use client";

import { signOut } from "next-auth/react";
import { useEffect } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePassword } from "@/lib/account/actions";

export function ChangePasswordForm() {
  const { state, onSubmit, pending, fieldErrors: errors } = useActionForm(changePassword);
  useEffect(() => {
    // The change ended every session, this one too: sign in again.
    if (state?.ok) void signOut({ callbackUrl: "/login?changed=1" });
  }, [state]);
  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-4">
      <Field
        label="当前密码"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <Field
        label="新密码"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
        error={errors.newPassword}
        hint="12–128 个字符，至少包含大写字母、小写字母、数字、符号中的三类；不能是常见密码，不能包含用户名或姓名"
      />
      <Field
        label="确认新密码"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
        error={errors.confirmPassword}
      />
      <FormMessage result={state} success="密码已修改，正在跳转到登录页…" />
      <SubmitButton pending={pending} pendingText="正在保存…">
        修改密码
      </SubmitButton>
    </form>
  );
}
