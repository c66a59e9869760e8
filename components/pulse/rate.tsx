import { CoverageBar } from "@/components/ui/coverage-bar";

/** "n / eligible 人" with a bar and the percentage. */
export function ResponseRate({
  responses,
  eligible,
  rate,
  label,
}: {
  responses: number;
  eligible: number;
  rate: number;
  label: string;
}) {
  return (
    <div className="flex min-w-40 items-center gap-2">
      <div className="flex-1">
        <CoverageBar percent={rate} label={label} />
      </div>
      <span className="text-xs whitespace-nowrap text-slate-600 tabular-nums">
        {responses}/{eligible} 人 · <span className="font-semibold text-slate-800">{rate}%</span>
      </span>
    </div>
  );
}
