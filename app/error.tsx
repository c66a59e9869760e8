"use client";

// Never shows the error's message or stack (docs/security.md item 15).
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-lg font-semibold">页面出现错误</h1>
      <p className="text-sm text-slate-500">请稍后重试。如问题持续，请联系系统管理员。</p>
      <button onClick={reset} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
        重试
      </button>
    </main>
  );
}
