import { Table, Td, Th } from "@/components/ui/table";
import { GRADE_LABELS, GRADES } from "@/lib/appraisal/labels";
import type { DeptDistribution } from "@/lib/appraisal/queries";
import { formatCenti } from "@/lib/scores";

type Target = {
  excellentMaxPercent: number;
  excellentMinCenti: number;
  basicBelowCenti: number;
  incompetentBelowCenti: number;
};

// One decimal where it matters: 2 of 13 is 15.4%, above a 15% target, not "15%".
const share = (n: number, of: number) => (of > 0 ? `${Number(((n / of) * 100).toFixed(1))}%` : "—");

/** Each department's grades (count and share) beside the 院's target distribution. */
export function DistributionTable({
  all,
  departments,
  target,
  cap,
}: {
  all: DeptDistribution;
  departments: DeptDistribution[];
  target: Target;
  cap: number;
}) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        目标分布：优秀不超过 {target.excellentMaxPercent}%（全院 {all.people} 人中至多 {cap}{" "}
        人）且总分不低于 {formatCenti(target.excellentMinCenti)}；低于{" "}
        {formatCenti(target.basicBelowCenti)} 为基本称职，低于{" "}
        {formatCenti(target.incompetentBelowCenti)} 为不称职；其余为称职。
      </p>
      <Table caption="各部门等次分布">
        <thead>
          <tr>
            <Th>部门</Th>
            <Th>人数</Th>
            {GRADES.map((g) => (
              <Th key={g}>{GRADE_LABELS[g]}</Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {[...departments, all].map((d) => {
            const over =
              d.people > 0 && (d.counts.EXCELLENT / d.people) * 100 > target.excellentMaxPercent;
            return (
              <tr key={d.departmentId ?? "all"} className={d === all ? "font-semibold" : ""}>
                <Td>{d.departmentName}</Td>
                <Td className="tabular-nums">{d.people}</Td>
                {GRADES.map((g) => (
                  <Td
                    key={g}
                    className={`tabular-nums ${g === "EXCELLENT" && over ? "text-amber-700" : ""}`}
                  >
                    {d.counts[g]}（{share(d.counts[g], d.people)}）
                    {g === "EXCELLENT" && over ? " 高于目标" : ""}
                  </Td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
