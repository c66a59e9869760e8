import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { ChangePasswordForm } from "@/components/account/change-password-form";
import { LogoutButton } from "@/components/auth/logout-button";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "修改密码" };

/** The forced change: first login, after an admin reset, or after 90 days. */
export default async function ChangePasswordPage() {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!user.mustChangePassword) redirect("/account");
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-lg">
        <h1 className="text-xl font-bold text-slate-900">请先修改密码</h1>
        <p className="mt-1 mb-4 text-sm text-slate-600">
          {user.realName}，您的密码为初始密码、已被管理员重置或已超过 90
          天未更换。修改后方可继续使用。
        </p>
        <ChangePasswordForm />
        <div className="mt-4 text-right">
          <LogoutButton />
        </div>
      </div>
    </main>
  );
}
