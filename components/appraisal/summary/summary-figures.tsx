import type { TotalsSummary } from "@/lib/appraisal/queries";
import { formatCenti } from "@/lib/scores";

/** The 院's headline figures: people graded, mean, median, highest and lowest total, 优秀. */
export function SummaryFigures({
  totals,
  excellent,
  cap,
  departments,
}: {
  totals: TotalsSummary;
  excellent: number;
  cap: number;
  departments: number;
}) {
  const figures = [
    { label: "参评人数", value: `${totals.count} 人`, hint: `部门 ${departments} 个` },
    { label: "平均分", value: formatCenti(totals.meanCenti), hint: "个人最终总分" },
    { label: "中位数", value: formatCenti(totals.medianCenti), hint: "个人最终总分" },
    {
      label: "最高 / 最低",
      value: `${formatCenti(totals.maxCenti)} / ${formatCenti(totals.minCenti)}`,
      hint: "个人最终总分",
    },
    { label: "优秀", value: `${excellent} 人`, hint: `目标上限 ${cap} 人` },
  ];
  return (
    <dl className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
      {figures.map((f) => (
        <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-500">{f.label}</dt>
          <dd className="mt-1 text-2xl font-bold text-slate-900 tabular-nums">{f.value}</dd>
          <dd className="mt-0.5 text-xs text-slate-500">{f.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
