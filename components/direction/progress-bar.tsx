// Done / total of a deployment's assignments, with the overdue share in red.
import type { ProgressSummary } from "@/lib/direction/deployments/rules";

export function ProgressBar({
  summary,
  className = "",
}: {
  summary: ProgressSummary;
  className?: string;
}) {
  const { total, done, overdue } = summary;
  const pct = (n: number) => (total === 0 ? 0 : (n / total) * 100);
  return (
    <div className={`flex items-center gap-2 ${className}`}>
      <div
        role="progressbar"
        aria-label="落实进度"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done}/${total} 已完成${overdue ? `，${overdue} 项逾期` : ""}`}
        className="flex h-2 w-full min-w-24 overflow-hidden rounded-full bg-slate-200"
      >
        <span className="h-full bg-green-600" style={{ width: `${pct(done)}%` }} />
        <span className="h-full bg-red-500" style={{ width: `${pct(overdue)}%` }} />
      </div>
      <span className="shrink-0 text-xs whitespace-nowrap text-slate-600">
        {done}/{total} 已完成
        {overdue ? <span className="ml-1 font-semibold text-red-600">{overdue} 项逾期</span> : null}
      </span>
    </div>
  );
}
