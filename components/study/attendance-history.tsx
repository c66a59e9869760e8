import Link from "next/link";

import { ATTENDANCE_TONES, StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { activityTypeLabel, ATTENDANCE_STATUS_LABELS } from "@/lib/study/types";

export type AttendanceHistoryRow = {
  status: string | null;
  activity: { id: string; title: string; type: string; heldAt: Date };
};

/** One person's activities and attendance, newest first (我的学习 and a ranking's detail). */
export function AttendanceHistoryTable({
  rows,
  caption,
}: {
  rows: AttendanceHistoryRow[];
  caption: string;
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>活动日期</Th>
          <Th>类型</Th>
          <Th className="min-w-40">活动</Th>
          <Th>出席情况</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.activity.id}>
            <Td className="whitespace-nowrap">{formatDate(r.activity.heldAt)}</Td>
            <Td className="whitespace-nowrap">{activityTypeLabel(r.activity.type)}</Td>
            <Td>
              <Link
                href={`/study/activities/${r.activity.id}`}
                className="text-brand-700 hover:underline"
              >
                {r.activity.title}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">
              <StatusBadge
                status={r.status}
                labels={ATTENDANCE_STATUS_LABELS}
                tones={ATTENDANCE_TONES}
                empty="待登记"
              />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
