import Link from "next/link";

import { CATEGORY_TONES, STATUS_TONES } from "@/components/conduct/tones";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { CATEGORY_LABELS, describeKind, STATUS_LABELS } from "@/lib/conduct/labels";
import type { ConductRow } from "@/lib/conduct/queries";
import type { ConductListFilter } from "@/lib/conduct/schemas";
import { formatDate } from "@/lib/format";

/**
 * A page of records: date, category, subject, what, issuer and status. The
 * headers sort through the URL; 对象 and 标题 do not, as a discipline row
 * keeps them sealed.
 */
export function RecordTable({
  rows,
  caption,
  filter,
  basePath,
  params,
}: {
  rows: ConductRow[];
  caption: string;
  filter: ConductListFilter;
  basePath: string;
  params: Readonly<Record<string, string | undefined>>;
}) {
  const sort = {
    key: filter.sort ?? "occurredOn",
    dir: filter.dir ?? (filter.sort && filter.sort !== "occurredOn" ? "asc" : "desc"),
  } as const;
  const sortable = { sort, basePath, params };
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <SortTh label="日期" column="occurredOn" {...sortable} />
          <SortTh label="类别" column="category" {...sortable} />
          <Th>对象</Th>
          <SortTh label="类型" column="kind" {...sortable} />
          <Th>标题</Th>
          <SortTh label="发文单位" column="issuer" {...sortable} />
          <SortTh label="状态" column="status" {...sortable} />
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
