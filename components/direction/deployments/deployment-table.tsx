// The 部署事项 list page as a table: headers that sort through the URL, each
// deployment with its source, its progress bar and one chip per department.
import Link from "next/link";

import { SortTh } from "@/components/ui/sort-th";
import { Table, Td, Th } from "@/components/ui/table";
import type { DeploymentRow } from "@/lib/direction/deployments/list";
import type { DeploymentSort } from "@/lib/direction/deployments/schemas";
import { meetingTypeLabel } from "@/lib/direction/labels";
import { formatDate } from "@/lib/format";
import type { Sort } from "@/lib/list-sort";

import { ProgressBar } from "../progress-bar";
import { AssignmentChips } from "./deployment-list";

export function DeploymentTable({
  rows,
  sort,
  params,
}: {
  rows: DeploymentRow[];
  sort: Sort<DeploymentSort>;
  params: Record<string, string | undefined>;
}) {
  const sortable = { sort, basePath: "/direction/deployments", params };
  return (
    <Table caption="部署事项">
      <thead>
        <tr>
          <SortTh label="部署事项" column="title" {...sortable} />
          <SortTh label="下达日期" column="createdAt" {...sortable} />
          <Th>落实进度</Th>
          <Th>各部门落实情况</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((d) => (
          <tr key={d.id}>
            <Td>
              <Link
                href={`/direction/deployments/${d.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {d.title}
              </Link>
              {d.goal || d.meeting ? (
                <p className="mt-0.5 text-xs text-slate-500">
                  {d.goal ? <>目标：{d.goal.title}</> : null}
                  {d.goal && d.meeting ? "　" : null}
                  {d.meeting ? (
                    <>
                      来源：{meetingTypeLabel(d.meeting.type)}「{d.meeting.title}」
                    </>
                  ) : null}
                </p>
              ) : null}
            </Td>
            <Td>{formatDate(d.createdAt)}</Td>
            <Td>
              <ProgressBar summary={d.summary} className="w-48" />
            </Td>
            <Td>
              <AssignmentChips assignments={d.assignments} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
