// The 会议 list page as a table: headers that sort through the URL.
import Link from "next/link";

import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td } from "@/components/ui/table";
import { MEETING_TYPE_LABELS } from "@/lib/direction/labels";
import type { MeetingRow } from "@/lib/direction/meetings/list";
import type { MeetingSort } from "@/lib/direction/meetings/schemas";
import { formatDate } from "@/lib/format";
import type { Sort } from "@/lib/list-sort";

import { MEETING_TYPE_TONES } from "../tones";

export function MeetingTable({
  rows,
  sort,
  params,
}: {
  rows: MeetingRow[];
  sort: Sort<MeetingSort>;
  params: Record<string, string | undefined>;
}) {
  const sortable = { sort, basePath: "/direction/meetings", params };
  return (
    <Table caption="会议">
      <thead>
        <tr>
          <SortTh label="会议日期" column="heldAt" {...sortable} />
          <SortTh label="会议类型" column="type" {...sortable} />
          <SortTh label="会议名称" column="title" {...sortable} />
          <SortTh label="参会人数" column="attendees" {...sortable} />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((m) => (
          <tr key={m.id}>
            <Td>{formatDate(m.heldAt)}</Td>
            <Td>
              <StatusBadge
                status={m.type}
                labels={MEETING_TYPE_LABELS}
                tones={MEETING_TYPE_TONES}
              />
            </Td>
            <Td>
              <Link
                href={`/direction/meetings/${m.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {m.title}
              </Link>
              {m._count.deployments ? (
                <span className="ml-2 text-xs text-slate-500">
                  部署事项 {m._count.deployments} 项
                </span>
              ) : null}
            </Td>
            <Td>{m._count.attendees} 人</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
