"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

import { Field } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/styles";
import { Spinner } from "@/components/ui/submit-button";
import { safeCallbackPath } from "@/lib/auth/callback";

import { AUTH_TEXT } from "./text";

export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const username = String(fd.get("username") ?? "").trim();
    const password = String(fd.get("password") ?? "");
    if (!username || !password) {
      setError(AUTH_TEXT.missingFields);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", { redirect: false, username, password });
      if (res?.status === 429 || res?.error === "RateLimited") setError(AUTH_TEXT.rateLimited);
      else if (!res || res.error || !res.ok) setError(AUTH_TEXT.failed);
      else {
        // Checked on the server already; again here, as the browser resolves it.
        window.location.assign(safeCallbackPath(callbackUrl));
        return;
      }
    } catch {
      setError(AUTH_TEXT.network);
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {notice ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {notice}
        </p>
      ) : null}
      <Field label="用户名" name="username" autoComplete="username" required maxLength={64} />
      <Field
        label="密码"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={128}
      />
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        className={`${buttonClass.primary} w-full`}
        disabled={pending}
        aria-busy={pending}
      >
        {pending ? <Spinner /> : null}
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
