/** A labelled progress bar for a campaign's coverage (talks, the dashboard, pulse participation). */
export function CoverageBar({ percent, label }: { percent: number; label: string }) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full ${width >= 100 ? "bg-green-600" : "bg-brand-600"}`}
          style={{ width: `${width}%` }}
        />
      </div>
    </div>
  );
}
