import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-5xl font-bold text-slate-500">404</p>
      <h1 className="text-lg font-semibold">页面不存在或您无权访问</h1>
      <Link href="/" className="text-sm text-brand-700 hover:underline">
        返回首页
      </Link>
    </main>
  );
}
