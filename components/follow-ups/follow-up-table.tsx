import Link from "next/link";

import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/follow-ups/labels";
import type { FollowUpSort } from "@/lib/follow-ups/schemas";
import { formatDate } from "@/lib/format";
import type { Sort } from "@/lib/list-sort";

import { OverdueBadge, PriorityBadge, sourceLabel } from "./badges";

type Row = {
  id: string;
  title: string;
  sourceType: string;
  status: string;
  priority: string;
  dueDate: Date | null;
  createdAt: Date;
  department: string | null;
  assignee: string | null;
  overdue: boolean;
};

/**
 * The follow-ups; the headers sort the list through the URL. 督办事项 sorts only
 * where `titleSorts` (a viewer who reads every title in the list).
 */
export function FollowUpTable({
  rows,
  showAssignee,
  titleSorts,
  sortable,
}: {
  rows: Row[];
  showAssignee: boolean;
  titleSorts: boolean;
  sortable: {
    sort: Sort<FollowUpSort>;
    basePath: string;
    params: Readonly<Record<string, string | undefined>>;
  };
}) {
  const th = (label: string, column: FollowUpSort) => (
    <SortTh label={label} column={column} {...sortable} />
  );
  return (
    <Table caption="督办事项列表">
      <thead>
        <tr>
          {titleSorts ? th("督办事项", "title") : <Th>督办事项</Th>}
          {th("来源", "source")}
          {th("部门", "department")}
          {showAssignee ? th("承办人", "assignee") : null}
          {th("立项日期", "createdAt")}
          {th("办结期限", "dueDate")}
          {th("状态", "status")}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr
            key={r.id}
            className={r.overdue ? "bg-red-50" : undefined}
            data-overdue={r.overdue ? "true" : undefined}
          >
            <Td className="max-w-md min-w-48">
              <Link
                href={`/follow-ups/${r.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {r.title}
              </Link>
              {r.priority !== "NORMAL" ? (
                <span className="ml-2">
                  <PriorityBadge priority={r.priority} />
                </span>
              ) : null}
            </Td>
            <Td className="whitespace-nowrap">{sourceLabel(r.sourceType)}</Td>
            <Td className="whitespace-nowrap">{r.department ?? "—"}</Td>
            {showAssignee ? (
              <Td className="whitespace-nowrap">
                {r.assignee ?? <span className="text-amber-700">待分派</span>}
              </Td>
            ) : null}
            <Td className="whitespace-nowrap">{formatDate(r.createdAt)}</Td>
            <Td className={`whitespace-nowrap ${r.overdue ? "font-medium text-red-700" : ""}`}>
              {formatDate(r.dueDate)}
            </Td>
            <Td>
              <span className="flex flex-wrap gap-1">
                <StatusBadge status={r.status} labels={STATUS_LABELS} tones={STATUS_TONES} />
                <OverdueBadge overdue={r.overdue} />
              </span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
