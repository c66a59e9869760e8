// The tracking page lives outside the portal: the anonymous writer uses it
// signed out (proxy.ts leaves /mailbox/track alone), so no session is read.
export default function TrackLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white px-4 py-3">
        <span className="block text-xs text-slate-500">梁溪区人民检察院</span>
        <span className="text-lg font-bold text-brand-700">检察长信箱 · 来信查询</span>
      </header>
      <main className="mx-auto max-w-3xl p-4">{children}</main>
    </div>
  );
}
