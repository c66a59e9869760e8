/**
 * A chart's data as a table, folded under "查看数据表" for sighted users,
 * reachable by screen readers, and opened for printing (PrintOpenDetails).
 */
export function DataDetails({ children, summary = "查看数据表" }: { children: React.ReactNode; summary?: string }) {
  return (
    <details data-print-open className="mt-3 rounded-md border border-slate-200 text-sm print:border-0">
      <summary className="cursor-pointer select-none px-3 py-2 text-brand-700 hover:bg-slate-50 print:hidden">{summary}</summary>
      <div className="border-t border-slate-100 p-2 print:border-0 print:p-0">{children}</div>
    </details>
  );
}

/** "4.10" for a 1–5 mean, "—" when absent. */
export function fmtMean(v: number | null): string {
  return v === null ? "—" : v.toFixed(2);
}
