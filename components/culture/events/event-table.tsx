import Link from "next/link";

import { SortTh } from "@/components/ui/sort-th";
import { ATTENDANCE_TONES, StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { ATTENDANCE_STATUS_LABELS } from "@/lib/attendance";
import type { EventRow } from "@/lib/culture/events/queries";
import {
  EVENT_TYPE_LABELS,
  REGISTRATION_STATUS_LABELS,
  type EventSort,
} from "@/lib/culture/events/schemas";
import { formatDateTime } from "@/lib/format";
import type { Sort } from "@/lib/list-sort";

import { REGISTRATION_TONES } from "./tones";

/** Places as "12 / 20" (or "12 / 不限"), with the waiting list when there is one. */
export function PlacesText({
  registered,
  capacity,
  waiting,
}: {
  registered: number;
  capacity: number | null;
  waiting: number;
}) {
  return (
    <span className="tabular-nums">
      {registered} / {capacity ?? "不限"}
      {waiting ? <span className="ml-1 text-amber-700">（候补 {waiting}）</span> : null}
    </span>
  );
}

/** The events; with `sortable`, the headers sort the list through the URL. */
export function EventTable({
  rows,
  caption,
  sortable,
}: {
  rows: EventRow[];
  caption: string;
  sortable?: {
    sort: Sort<EventSort>;
    basePath: string;
    params: Readonly<Record<string, string | undefined>>;
    hash?: string;
  };
}) {
  const th = (label: string, column: EventSort) =>
    sortable ? <SortTh label={label} column={column} {...sortable} /> : <Th>{label}</Th>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {th("活动", "title")}
          {th("类型", "type")}
          {th("时间", "startsAt")}
          {th("地点", "location")}
          <Th>报名 / 名额</Th>
          <Th>我的报名</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((e) => (
          <tr key={e.id}>
            <Td>
              <Link href={`/culture/events/${e.id}`} className="text-brand-700 hover:underline">
                {e.title}
              </Link>
            </Td>
            <Td>{EVENT_TYPE_LABELS[e.type] ?? e.type}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(e.startsAt)}</Td>
            <Td>{e.location || "—"}</Td>
            <Td>
              <PlacesText registered={e.registered} capacity={e.capacity} waiting={e.waiting} />
            </Td>
            <Td>
              <span className="flex flex-wrap gap-1">
                <StatusBadge
                  status={e.mine === "CANCELLED" ? null : e.mine}
                  labels={REGISTRATION_STATUS_LABELS}
                  tones={REGISTRATION_TONES}
                  empty="未报名"
                />
                {e.attendance ? (
                  <StatusBadge
                    status={e.attendance}
                    labels={ATTENDANCE_STATUS_LABELS}
                    tones={ATTENDANCE_TONES}
                  />
                ) : null}
              </span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
