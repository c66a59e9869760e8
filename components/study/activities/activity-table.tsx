import Link from "next/link";

import { SortTh } from "@/components/ui/sort-th";
import { ATTENDANCE_TONES, StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { Sort } from "@/lib/list-sort";
import type { ActivitySort } from "@/lib/study/activities/schemas";
import { formatRate, type Tally } from "@/lib/study/activities/tally";
import { activityKindLabel, ATTENDANCE_STATUS_LABELS } from "@/lib/study/types";

import { TallyText } from "./tally";

export type ActivityRow = {
  id: string;
  type: string;
  theme: string | null;
  title: string;
  heldAt: Date;
  tally: Tally;
  organiser: { realName: string };
  organisedByMe?: boolean;
  campaign?: { title: string } | null;
  /** Present only where the viewer's own status is shown. */
  mine?: { expected: boolean; status: string | null };
};

function Mine({ mine }: { mine: NonNullable<ActivityRow["mine"]> }) {
  return mine.expected ? (
    <StatusBadge
      status={mine.status}
      labels={ATTENDANCE_STATUS_LABELS}
      tones={ATTENDANCE_TONES}
      empty="未记录"
    />
  ) : (
    <span className="text-xs text-slate-500">不在范围</span>
  );
}

/** The list's sortable headers: its sort and the query string they keep. */
export type ActivitySortable = {
  sort: Sort<ActivitySort>;
  basePath: string;
  params: Readonly<Record<string, string | undefined>>;
};

/** Activities as a table on wide screens and as cards on phones; headers sort when `sortable` is given. */
export function ActivityTable({
  rows,
  caption,
  showMine,
  sortable,
}: {
  rows: ActivityRow[];
  caption: string;
  showMine?: boolean;
  sortable?: ActivitySortable;
}) {
  const head = (label: string, column: ActivitySort) =>
    sortable ? <SortTh label={label} column={column} {...sortable} /> : <Th>{label}</Th>;
  return (
    <>
      <ul className="divide-y divide-slate-100 sm:hidden" aria-label={caption}>
        {rows.map((r) => (
          <li key={r.id} className="py-3">
            <Link
              href={`/study/activities/${r.id}`}
              className="font-medium text-brand-700 hover:underline"
            >
              {r.title}
            </Link>
            <p className="mt-0.5 text-xs text-slate-500">
              {formatDateTime(r.heldAt)} · {activityKindLabel(r.type, r.theme)} · 组织人{" "}
              {r.organiser.realName}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
              <span>应到 {r.tally.expected}</span>
              {r.tally.recorded === 0 ? (
                <span>考勤尚未登记</span>
              ) : (
                <>
                  <span>
                    出席/请假/缺席 <TallyText tally={r.tally} />
                  </span>
                  <span>出席率 {formatRate(r.tally.rate)}</span>
                </>
              )}
              {showMine && r.mine ? (
                <span>
                  本人 <Mine mine={r.mine} />
                </span>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table caption={caption}>
          <thead>
            <tr>
              {head("时间", "heldAt")}
              {head("活动", "title")}
              {head("类型", "type")}
              {head("组织人", "organiser")}
              <Th>应到</Th>
              <Th>出席/请假/缺席</Th>
              <Th>出席率</Th>
              {showMine ? <Th>本人考勤</Th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id}>
                <Td className="whitespace-nowrap">{formatDateTime(r.heldAt)}</Td>
                <Td className="min-w-48">
                  <Link
                    href={`/study/activities/${r.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {r.title}
                  </Link>
                  {r.campaign ? (
                    <span className="block text-xs text-slate-500">{r.campaign.title}</span>
                  ) : null}
                </Td>
                <Td className="whitespace-nowrap">{activityKindLabel(r.type, r.theme)}</Td>
                <Td className="whitespace-nowrap">
                  {r.organiser.realName}
                  {r.organisedByMe ? (
                    <span className="ml-1 text-xs text-brand-700">（本人）</span>
                  ) : null}
                </Td>
                <Td className="tabular-nums">{r.tally.expected}</Td>
                <Td>
                  <TallyText tally={r.tally} />
                </Td>
                <Td className="tabular-nums">{formatRate(r.tally.rate)}</Td>
                {showMine && r.mine ? (
                  <Td>
                    <Mine mine={r.mine} />
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </>
  );
}
