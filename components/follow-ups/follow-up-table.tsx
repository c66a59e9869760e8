import Link from "next/link";

import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/follow-ups/labels";
import { formatDate } from "@/lib/format";

import { OverdueBadge, PriorityBadge, sourceLabel } from "./badges";

type Row = {
  id: string;
  title: string;
  sourceType: string;
  status: string;
  priority: string;
  dueDate: Date | null;
  department: string | null;
  assignee: string | null;
  overdue: boolean;
};

export function FollowUpTable({ rows, showAssignee }: { rows: Row[]; showAssignee: boolean }) {
  return (
    <Table caption="督办事项列表">
      <thead>
        <tr>
          <Th>督办事项</Th>
          <Th>来源</Th>
          <Th>部门</Th>
          {showAssignee ? <Th>承办人</Th> : null}
          <Th>办结期限</Th>
          <Th>状态</Th>
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
