import Link from "next/link";

import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { GRADE_LABELS } from "@/lib/appraisal/labels";
import type { HeadedSheet } from "@/lib/appraisal/queries";
import { formatCenti } from "@/lib/scores";

import { GRADE_TONES } from "./tones";

/** A head's department: its sheet and its people's, with results once published. */
export function HeadedSheets({
  cycleId,
  sheets,
  results,
}: {
  cycleId: string;
  sheets: HeadedSheet[];
  results: boolean;
}) {
  return (
    <Table caption="本部门考评表">
      <thead>
        <tr>
          <Th>考评表</Th>
          <Th>部门</Th>
          <Th>部门内名次</Th>
          <Th>总分</Th>
          <Th>等次</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {sheets.map((s) => (
          <tr key={s.id}>
            <Td>
              <Link
                href={`/appraisal/${cycleId}/sheets/${s.id}`}
                className="text-brand-700 hover:underline"
              >
                {s.subjectType === "DEPARTMENT" ? `${s.subjectName}（部门）` : s.subjectName}
              </Link>
            </Td>
            <Td>{s.departmentName}</Td>
            <Td className="tabular-nums">{results ? (s.rankInDept ?? "—") : "—"}</Td>
            <Td className="tabular-nums">{results ? formatCenti(s.finalTotalCenti) : "—"}</Td>
            <Td>
              {results && s.subjectType === "PERSON" ? (
                <StatusBadge status={s.finalGrade} labels={GRADE_LABELS} tones={GRADE_TONES} />
              ) : (
                "—"
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
