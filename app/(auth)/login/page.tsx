import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { LoginForm } from "@/components/auth/login-form";
import { AUTH_TEXT } from "@/components/auth/text";
import { safeCallbackPath } from "@/lib/auth/callback";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const sp = await searchParams;
  if (await getSessionUser()) redirect("/");
  const notice = sp.changed ? AUTH_TEXT.changed : undefined;
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-slate-100 px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-lg sm:p-8">
        <div className="mb-6 text-center">
          <p className="text-sm text-slate-500">梁溪区人民检察院</p>
          <h1 className="mt-1 text-2xl font-bold text-brand-700">思政工作平台</h1>
          <p className="mt-1 text-xs text-slate-500">三好 · 三主 · 三合</p>
        </div>
        <LoginForm callbackUrl={safeCallbackPath(sp.callbackUrl)} notice={notice} />
        <p className="mt-6 text-center text-xs text-slate-500">
          内网系统 · 仅限本院工作人员使用 · 所有操作均记录审计日志
        </p>
      </div>
    </main>
  );
}
