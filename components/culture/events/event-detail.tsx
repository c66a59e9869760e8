import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import { ATTENDANCE_TONES, StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { ATTENDANCE_STATUS_LABELS } from "@/lib/attendance";
import type { EventDetail, RosterRow } from "@/lib/culture/events/queries";
import { EVENT_TYPE_LABELS, REGISTRATION_STATUS_LABELS } from "@/lib/culture/events/schemas";
import { formatDateTime } from "@/lib/format";

import { PlacesText } from "./event-table";
import { REGISTRATION_TONES } from "./tones";

export function EventInfo({ e }: { e: EventDetail }) {
  const items: [string, React.ReactNode][] = [
    ["类型", EVENT_TYPE_LABELS[e.type] ?? e.type],
    [
      "主办",
      e.clubId ? (
        <Link href={`/culture/clubs/${e.clubId}`} className="text-brand-700 hover:underline">
          {e.clubName}
        </Link>
      ) : (
        "政治处（集体活动）"
      ),
    ],
    ["时间", `${formatDateTime(e.startsAt)}${e.endsAt ? ` 至 ${formatDateTime(e.endsAt)}` : ""}`],
    ["地点", e.location || "—"],
    ["报名截止", formatDateTime(e.closesAt)],
    [
      "报名 / 名额",
      <PlacesText key="p" registered={e.registered} capacity={e.capacity} waiting={e.waiting} />,
    ],
  ];
  return (
    <div className="space-y-3">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {items.map(([k, v]) => (
          <div key={k} className="flex gap-2">
            <dt className="w-20 shrink-0 text-slate-500">{k}</dt>
            <dd className="text-slate-800">{v}</dd>
          </div>
        ))}
      </dl>
      {e.description ? (
        <p className="text-sm whitespace-pre-wrap text-slate-700">{e.description}</p>
      ) : null}
    </div>
  );
}

/** The viewer's own registration: status, place in the queue, attendance once recorded. */
export function MyRegistration({ e }: { e: EventDetail }) {
  if (!e.mine) return null;
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
      我的报名：
      <StatusBadge
        status={e.mine.status}
        labels={REGISTRATION_STATUS_LABELS}
        tones={REGISTRATION_TONES}
      />
      {e.myPosition ? <span>候补第 {e.myPosition} 位，有人取消时按先后递补</span> : null}
      {e.mine.status === "REGISTERED" && (e.started || e.mine.attendance) ? (
        <>
          考勤：
          <StatusBadge
            status={e.mine.attendance}
            labels={ATTENDANCE_STATUS_LABELS}
            tones={ATTENDANCE_TONES}
            empty="未记录"
          />
        </>
      ) : null}
    </p>
  );
}

function RosterTable({ rows, waiting }: { rows: RosterRow[]; waiting?: boolean }) {
  return (
    <Table caption={waiting ? "候补名单" : "报名名单"}>
      <thead>
        <tr>
          <Th>{waiting ? "候补顺序" : "序号"}</Th>
          <Th>姓名</Th>
          <Th>部门</Th>
          <Th>报名时间</Th>
          {waiting ? null : <Th>考勤</Th>}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r, i) => (
          <tr key={r.userId}>
            <Td className="tabular-nums">{i + 1}</Td>
            <Td>{r.realName}</Td>
            <Td>{r.department}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(r.registeredAt)}</Td>
            {waiting ? null : (
              <Td>
                <StatusBadge
                  status={r.attendance}
                  labels={ATTENDANCE_STATUS_LABELS}
                  tones={ATTENDANCE_TONES}
                  empty="未记录"
                />
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The organiser's lists; the attendance sheet replaces the first once the event has started. */
export function EventRoster({ e, sheet }: { e: EventDetail; sheet?: React.ReactNode }) {
  if (!e.roster) return null;
  return (
    <>
      <Card title={`报名名单（${e.roster.registered.length} 人）`}>
        {e.roster.registered.length === 0 ? (
          <EmptyState title="还没有人报名" hint="报名开放期间，干警可在本页点击“报名”" />
        ) : (
          (sheet ?? <RosterTable rows={e.roster.registered} />)
        )}
      </Card>
      {e.roster.waiting.length ? (
        <Card title={`候补名单（${e.roster.waiting.length} 人）`}>
          <p className="mb-2 text-xs text-slate-500">
            有人取消报名时，按候补顺序自动递补并通知本人。
          </p>
          <RosterTable rows={e.roster.waiting} waiting />
        </Card>
      ) : null}
    </>
  );
}
