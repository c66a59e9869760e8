import { GRADE_TONES } from "@/components/appraisal/tones";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { STAGE_LABELS } from "@/lib/appraisal/honours/schemas";
import { GRADE_LABELS } from "@/lib/appraisal/labels";
import type { HonourNominationView } from "@/lib/appraisal/queries";
import { formatDateTime } from "@/lib/format";
import { formatCenti } from "@/lib/scores";

import { STAGE_TONES } from "./stage";

/** The nominations of a batch at a glance; each row leads to its card with 事迹 and opinions. */
export function NominationsTable({ rows }: { rows: HonourNominationView[] }) {
  return (
    <Table caption="推荐名单">
      <thead>
        <tr>
          <Th>被推荐人</Th>
          <Th>部门</Th>
          <Th>等次</Th>
          <Th>最终总分</Th>
          <Th>推荐人</Th>
          <Th>更新时间</Th>
          <Th>阶段</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((n) => (
          <tr key={n.id}>
            <Td>
              <a href={`#nomination-${n.id}`} className="text-brand-700 hover:underline">
                {n.nominee.realName}
              </a>
              {n.reviewable ? <span className="ml-1 text-xs text-amber-700">待您审核</span> : null}
            </Td>
            <Td>{n.sheet.departmentName}</Td>
            <Td>
              <StatusBadge status={n.sheet.finalGrade} labels={GRADE_LABELS} tones={GRADE_TONES} />
            </Td>
            <Td className="tabular-nums">{formatCenti(n.sheet.finalTotalCenti)}</Td>
            <Td>{n.nominatedBy.realName}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(n.updatedAt)}</Td>
            <Td>
              <StatusBadge status={n.stage} labels={STAGE_LABELS} tones={STAGE_TONES} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
