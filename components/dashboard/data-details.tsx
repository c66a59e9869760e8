export const DETAILS_CLASS = "mt-3 rounded-md border border-slate-200 text-sm print:border-0";
export const SUMMARY_CLASS =
  "cursor-pointer select-none px-3 py-2 text-brand-700 hover:bg-slate-50 print:hidden";

/**
 * A chart's data as a table, folded under "查看数据表" for sighted users,
 * reachable by screen readers, and opened for printing (PrintOpenDetails).
 * LazyDetails is the same for tables a client component draws on demand.
 */
export function DataDetails({
  children,
  summary = "查看数据表",
}: {
  children: React.ReactNode;
  summary?: string;
}) {
  return (
    <details data-print-open className={DETAILS_CLASS}>
      <summary className={SUMMARY_CLASS}>{summary}</summary>
      <div className="border-t border-slate-100 p-2 print:border-0 print:p-0">{children}</div>
    </details>
  );
}

/** "4.10" for a 1–5 mean, "—" when absent. */
export function fmtMean(v: number | null): string {
  return v === null ? "—" : v.toFixed(2);
}
