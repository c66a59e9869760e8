"use client";

import { signOut } from "next-auth/react";

export function LogoutButton({ className = "" }: { className?: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className={`text-sm text-slate-600 hover:text-brand-700 ${className}`}
    >
      退出登录
    </button>
  );
}
