import { Table, Td, Th } from "@/components/ui/table";
import type { GradeDistribution } from "@/lib/appraisal/grades";
import { GRADE_LABELS, GRADES, type Grade } from "@/lib/appraisal/labels";
import type { DeptDistribution } from "@/lib/appraisal/queries";
import { formatCenti } from "@/lib/scores";

import { GradeChart } from "./grade-chart";

const share = (n: number, of: number) => (of > 0 ? `${Math.round((n / of) * 100)}%` : "—");

function targetText(g: Grade, t: GradeDistribution, cap: number): string {
  switch (g) {
    case "EXCELLENT":
      return `不超过 ${t.excellentMaxPercent}%（至多 ${cap} 人），总分不低于 ${formatCenti(t.excellentMinCenti)}`;
    case "COMPETENT":
      return "其余";
    case "BASIC":
      return `总分不低于 ${formatCenti(t.incompetentBelowCenti)}、低于 ${formatCenti(t.basicBelowCenti)}`;
    case "INCOMPETENT":
      return `总分低于 ${formatCenti(t.incompetentBelowCenti)}`;
  }
}

/**
 * One population's grades (the 院, or a department) against the target
 * distribution: a bar chart with the 优秀 cap beside it, and the same figures
 * as a table. `cap` is the most 优秀 the target allows among these people.
 */
export function GradeDistributionView({
  id,
  title,
  dist,
  target,
  cap,
  note,
}: {
  id: string;
  title: string;
  dist: DeptDistribution;
  target: GradeDistribution;
  cap: number;
  note?: string;
}) {
  const over =
    dist.people > 0 && (dist.counts.EXCELLENT / dist.people) * 100 > target.excellentMaxPercent;
  const data = GRADES.map((g) => ({
    grade: g,
    label: GRADE_LABELS[g],
    count: dist.counts[g],
  }));
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-2">
      <figcaption id={`${id}-caption`} className="text-sm text-slate-700">
        {title}等次分布（已评定 {dist.people}{" "}
        人）：彩色柱为各等次人数，优秀柱上的黑色横线为目标分布允许的优秀人数上限（{cap} 人）。
      </figcaption>
      <div className="grid items-start gap-4 md:grid-cols-2">
        <GradeChart data={data} cap={cap} capLabel={`上限 ${cap} 人`} />
        <Table caption={`${title}等次分布与目标`}>
          <thead>
            <tr>
              <Th>等次</Th>
              <Th>人数</Th>
              <Th>占比</Th>
              <Th>目标</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {GRADES.map((g) => (
              <tr key={g}>
                <Td className="whitespace-nowrap">{GRADE_LABELS[g]}</Td>
                <Td className="tabular-nums">{dist.counts[g]}</Td>
                <Td
                  className={`tabular-nums ${g === "EXCELLENT" && over ? "font-medium text-amber-700" : ""}`}
                >
                  {share(dist.counts[g], dist.people)}
                  {g === "EXCELLENT" && over ? " 高于目标" : ""}
                </Td>
                <Td className="text-xs text-slate-600">{targetText(g, target, cap)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      {note ? <p className="text-xs text-slate-500">{note}</p> : null}
    </figure>
  );
}
