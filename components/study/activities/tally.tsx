import { formatRate, type Tally } from "@/lib/study/activities/tally";

/** 出席 / 请假 / 缺席 / 未记录 counts in one line, e.g. in a table cell. */
export function TallyText({ tally }: { tally: Tally }) {
  if (tally.expected > 0 && tally.recorded === 0)
    return <span className="whitespace-nowrap text-slate-500">尚未登记</span>;
  return (
    <span className="whitespace-nowrap tabular-nums">
      {tally.present}/{tally.leave}/{tally.absent}
      {tally.unrecorded ? <span className="text-slate-500">/{tally.unrecorded}</span> : null}
    </span>
  );
}

/** The four counts as labelled figures, with the attendance rate. */
export function TallySummary({ tally, label = "考勤统计" }: { tally: Tally; label?: string }) {
  const items: [string, number, string][] = [
    ["应到", tally.expected, "text-slate-900"],
    ["出席", tally.present, "text-green-700"],
    ["请假", tally.leave, "text-amber-700"],
    ["缺席", tally.absent, "text-red-700"],
    ["未记录", tally.unrecorded, "text-slate-500"],
  ];
  return (
    <dl aria-label={label} className="grid grid-cols-3 gap-3 sm:grid-cols-6">
      {items.map(([name, n, tone]) => (
        <div key={name} className="rounded-md bg-slate-50 px-3 py-2">
          <dt className="text-xs text-slate-500">{name}</dt>
          <dd className={`text-lg font-semibold tabular-nums ${tone}`}>{n}</dd>
        </div>
      ))}
      <div className="rounded-md bg-slate-50 px-3 py-2">
        <dt className="text-xs text-slate-500">出席率</dt>
        <dd className="text-lg font-semibold text-brand-700 tabular-nums">
          {formatRate(tally.rate)}
        </dd>
      </div>
    </dl>
  );
}
