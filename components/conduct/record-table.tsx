import Link from "next/link";

import { CATEGORY_TONES, STATUS_TONES } from "@/components/conduct/tones";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { CATEGORY_LABELS, describeKind, STATUS_LABELS } from "@/lib/conduct/labels";
import type { ConductRow } from "@/lib/conduct/queries";
import { formatDate } from "@/lib/format";

/** A page of records: date, category, subject, what, issuer and status. */
export function RecordTable({ rows, caption }: { rows: ConductRow[]; caption: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>日期</Th>
          <Th>类别</Th>
          <Th>对象</Th>
          <Th>类型</Th>
          <Th>标题</Th>
          <Th>发文单位</Th>
          <Th>状态</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id}>
            <Td className="whitespace-nowrap">{formatDate(r.occurredOn)}</Td>
            <Td>
              <StatusBadge status={r.category} labels={CATEGORY_LABELS} tones={CATEGORY_TONES} />
            </Td>
            <Td>
              {r.subjectName}
              {r.subjectDepartmentName && r.subjectUserId ? (
                <span className="block text-xs text-slate-500">{r.subjectDepartmentName}</span>
              ) : null}
            </Td>
            <Td>{describeKind(r)}</Td>
            <Td>
              <Link href={`/conduct/${r.id}`} className="text-brand-700 hover:underline">
                {r.title || "（无标题）"}
              </Link>
            </Td>
            <Td>{r.issuer}</Td>
            <Td>
              <StatusBadge status={r.status} labels={STATUS_LABELS} tones={STATUS_TONES} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
