// Deployments with their per-department progress: a bar of done/total with
// the overdue share in red, and one chip per department.
import Link from "next/link";

import { Badge } from "@/components/ui/card";
import type { ProgressSummary } from "@/lib/direction/deployments/rules";
import { assignmentStatusLabel, meetingTypeLabel } from "@/lib/direction/labels";
import { formatDate } from "@/lib/format";

import { ProgressBar } from "../progress-bar";

type Item = {
  id: string;
  title: string;
  createdAt: Date;
  goal: { id: string; title: string } | null;
  meeting: { id: string; title: string; type: string } | null;
  summary: ProgressSummary;
  assignments: {
    id: string;
    department: string;
    owner: string;
    dueDate: Date;
    status: string;
    overdue: boolean;
    mine: boolean;
  }[];
};

const chipTone = (a: { status: string; overdue: boolean }) =>
  a.overdue
    ? "border-red-300 bg-red-50 text-red-800"
    : a.status === "DONE"
      ? "border-green-200 bg-green-50 text-green-800"
      : a.status === "IN_PROGRESS"
        ? "border-blue-200 bg-blue-50 text-blue-800"
        : "border-slate-200 bg-white text-slate-600";

/** One chip per department: its state (overdue in red) and 本部门 where the viewer reports. */
export function AssignmentChips({
  assignments,
  className = "",
}: {
  assignments: Item["assignments"];
  className?: string;
}) {
  return (
    <ul className={`flex flex-wrap gap-1.5 ${className}`} aria-label="各部门落实情况">
      {assignments.map((a) => (
        <li
          key={a.id}
          className={`rounded border px-2 py-0.5 text-xs ${chipTone(a)}`}
          title={`责任人：${a.owner}，截止 ${formatDate(a.dueDate)}`}
        >
          {a.department} ·{" "}
          {a.overdue
            ? `已逾期（${assignmentStatusLabel(a.status)}）`
            : assignmentStatusLabel(a.status)}
          {a.mine ? (
            <span className="ml-1">
              <Badge tone="blue">本部门</Badge>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function DeploymentList({ items }: { items: Item[] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((d) => (
        <li key={d.id} className="py-3 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
            <div className="min-w-0">
              <Link
                href={`/direction/deployments/${d.id}`}
                className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
              >
                {d.title}
              </Link>
              <p className="mt-0.5 text-xs text-slate-500">
                {d.goal ? <>目标：{d.goal.title}</> : null}
                {d.goal && d.meeting ? "　" : null}
                {d.meeting ? (
                  <>
                    来源：{meetingTypeLabel(d.meeting.type)}「{d.meeting.title}」
                  </>
                ) : null}
                {!d.goal && !d.meeting ? <>下达于 {formatDate(d.createdAt)}</> : null}
              </p>
            </div>
            <ProgressBar summary={d.summary} className="w-full sm:w-72" />
          </div>
          <AssignmentChips assignments={d.assignments} className="mt-2" />
        </li>
      ))}
    </ul>
  );
}
