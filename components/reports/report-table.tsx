import Link from "next/link";

import { Badge } from "@/components/ui/card";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Sort } from "@/lib/list-sort";
import type { ReportRow } from "@/lib/reports/queries";
import {
  REPORT_STATUS_LABELS,
  reportHeading,
  STABILITY_LABELS,
  type ReportSort,
} from "@/lib/reports/schemas";

import { REPORT_STATUS_TONES } from "./tones";

/**
 * The report list, its headers sorting through the URL (no column is marked
 * in the default order, newest first); a periodic report first submitted
 * after its due time is marked 迟报.
 */
export function ReportTable({
  rows,
  showDepartment,
  sort,
  params,
}: {
  rows: ReportRow[];
  showDepartment: boolean;
  sort: Sort<ReportSort | "">;
  params: Readonly<Record<string, string | undefined>>;
}) {
  const sortable = { sort, basePath: "/reports", params };
  return (
    <Table caption="思想动态报告列表">
      <thead>
        <tr>
          <SortTh label="周期 / 标题" column="period" {...sortable} />
          {showDepartment ? <SortTh label="部门" column="department" {...sortable} /> : null}
          <SortTh label="情绪" column="mood" {...sortable} />
          <SortTh label="稳定性" column="stability" {...sortable} />
          <Th>热点话题</Th>
          <Th>关注人员</Th>
          <SortTh label="状态" column="status" {...sortable} />
          <SortTh label="提交时间" column="submittedAt" {...sortable} />
          <SortTh label="信息员" column="author" {...sortable} />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => {
          const late = r.period && r.firstSubmittedAt && r.firstSubmittedAt > r.period.dueAt;
          return (
            <tr key={r.id}>
              <Td>
                <Link
                  href={`/reports/${r.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {reportHeading(r)}
                </Link>
                {r.period ? (
                  <span className="block text-xs text-slate-500">
                    截止 {formatDate(r.period.dueAt)}
                  </span>
                ) : null}
              </Td>
              {showDepartment ? <Td>{r.department.name}</Td> : null}
              <Td className="whitespace-nowrap">{r.mood} / 5</Td>
              <Td className="whitespace-nowrap">
                {STABILITY_LABELS[r.stability as keyof typeof STABILITY_LABELS] ?? r.stability}
              </Td>
              <Td className="min-w-24">
                {r.topics.length ? (
                  <span className="flex flex-wrap gap-1">
                    {r.topics.map((t) => (
                      <Badge key={t.topic.id} tone="blue">
                        {t.topic.name}
                      </Badge>
                    ))}
                  </span>
                ) : (
                  "—"
                )}
              </Td>
              <Td>
                {r._count.concerns > 0 ? <Badge tone="amber">{r._count.concerns} 人</Badge> : "—"}
              </Td>
              <Td>
                <span className="flex flex-wrap gap-1">
                  <StatusBadge
                    status={r.status}
                    labels={REPORT_STATUS_LABELS}
                    tones={REPORT_STATUS_TONES}
                  />
                  {late ? <Badge tone="amber">迟报</Badge> : null}
                </span>
              </Td>
              <Td className="text-xs whitespace-nowrap">{formatDateTime(r.submittedAt)}</Td>
              <Td>{r.author.realName}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
