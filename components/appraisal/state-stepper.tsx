import { CYCLE_STATE_LABELS, CYCLE_STATES, type CycleState } from "@/lib/appraisal/labels";

/** 草稿 → … → 已归档, with the current state marked. */
export function StateStepper({ state }: { state: CycleState }) {
  const at = CYCLE_STATES.indexOf(state);
  return (
    <ol aria-label="考评阶段" className="flex flex-wrap items-center gap-1 text-sm">
      {CYCLE_STATES.map((s, i) => (
        <li key={s} className="flex items-center gap-1">
          <span
            aria-current={i === at ? "step" : undefined}
            className={`rounded-full px-3 py-1 ${
              i === at
                ? "bg-brand-600 font-medium text-white"
                : i < at
                  ? "bg-brand-50 text-brand-700"
                  : "bg-slate-100 text-slate-600"
            }`}
          >
            {i < at ? "✓ " : ""}
            {CYCLE_STATE_LABELS[s]}
          </span>
          {i < CYCLE_STATES.length - 1 ? (
            <span aria-hidden className="text-slate-400">
              →
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
