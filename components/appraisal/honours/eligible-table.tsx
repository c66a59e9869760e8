import Link from "next/link";

import { GRADE_TONES } from "@/components/appraisal/tones";
import { Badge } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { GRADE_LABELS } from "@/lib/appraisal/labels";
import type { EligibleNominee } from "@/lib/appraisal/queries";
import { formatCenti } from "@/lib/scores";

/** The people the viewer may nominate, best first; 推荐 fills the form below with the person. */
export function EligibleTable({ rows, base }: { rows: EligibleNominee[]; base: string }) {
  return (
    <Table caption="可推荐人员">
      <thead>
        <tr>
          <Th>全院名次</Th>
          <Th>姓名</Th>
          <Th>部门</Th>
          <Th>等次</Th>
          <Th>最终总分</Th>
          <Th>部门名次</Th>
          <Th>推荐</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id}>
            <Td className="tabular-nums">{r.rankOverall ?? "—"}</Td>
            <Td>
              <Link href={r.sheetHref} className="text-brand-700 hover:underline">
                {r.subjectName}
              </Link>
            </Td>
            <Td>{r.departmentName}</Td>
            <Td>
              <StatusBadge status={r.finalGrade} labels={GRADE_LABELS} tones={GRADE_TONES} />
            </Td>
            <Td className="tabular-nums">{formatCenti(r.finalTotalCenti)}</Td>
            <Td className="tabular-nums">{r.rankInDept ?? "—"}</Td>
            <Td>
              {r.nominated ? (
                <Badge tone="blue">已推荐</Badge>
              ) : (
                <Link
                  href={`${base}?nominee=${r.userId}#nominate`}
                  className="text-brand-700 hover:underline"
                  aria-label={`推荐${r.subjectName}`}
                >
                  推荐
                </Link>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
