import Link from "next/link";

import { GRADE_TONES } from "@/components/appraisal/tones";
import { EmptyState } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { GRADE_LABELS } from "@/lib/appraisal/labels";
import type { DepartmentRankRow } from "@/lib/appraisal/queries";
import { formatCenti } from "@/lib/scores";

import { RankingChart } from "./ranking-chart";

/** The department sheets best first: a bar chart of their totals, and a table beside it. */
export function DepartmentRanking({
  cycleId,
  rows,
}: {
  cycleId: string;
  rows: DepartmentRankRow[];
}) {
  if (rows.length === 0) return <EmptyState title="本周期没有部门考评表" />;
  // Department sheets are ranked, not graded (grades go to people): the column shows only if any has one.
  const graded = rows.some((r) => r.grade);
  const data = rows.map((r) => ({
    name: r.departmentName,
    total: r.totalCenti === null ? null : r.totalCenti / 100,
  }));
  return (
    <figure aria-labelledby="dept-ranking-caption" className="space-y-2">
      <figcaption id="dept-ranking-caption" className="text-sm text-slate-700">
        部门考评排名（共 {rows.length} 个部门）：条形长度为部门考评表的最终总分（满分
        100），自上而下按名次排列。
      </figcaption>
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <RankingChart data={data} />
        <Table caption="部门考评排名">
          <thead>
            <tr>
              <Th>名次</Th>
              <Th>部门</Th>
              <Th>部门总分</Th>
              {graded ? <Th>等次</Th> : null}
              <Th>人员平均分</Th>
              <Th>优秀人数</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.sheetId}>
                <Td className="tabular-nums">{r.rank ?? "—"}</Td>
                <Td className="whitespace-nowrap">
                  <Link
                    href={`/appraisal/${cycleId}/sheets/${r.sheetId}`}
                    className="text-brand-700 hover:underline"
                  >
                    {r.departmentName}
                  </Link>
                </Td>
                <Td className="tabular-nums">{formatCenti(r.totalCenti)}</Td>
                {graded ? (
                  <Td>
                    {r.grade ? (
                      <StatusBadge status={r.grade} labels={GRADE_LABELS} tones={GRADE_TONES} />
                    ) : (
                      "—"
                    )}
                  </Td>
                ) : null}
                <Td className="tabular-nums">
                  {formatCenti(r.peopleMeanCenti)}
                  <span className="text-xs text-slate-500">（{r.people} 人）</span>
                </Td>
                <Td className="tabular-nums">{r.excellent}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      {graded ? null : (
        <p className="text-xs text-slate-500">部门考评表只排名次，不评定等次；等次评定到个人。</p>
      )}
    </figure>
  );
}
