import { Badge } from "@/components/ui/card";
import { logStatusLabel } from "@/lib/study/log/schemas";
import { attendanceStatusLabel } from "@/lib/study/types";

const STATUS_TONES = { SUBMITTED: "amber", APPROVED: "green", RETURNED: "red" } as const;

export function LogStatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONES[status as keyof typeof STATUS_TONES] ?? "gray"}>{logStatusLabel(status)}</Badge>;
}

const ATTENDANCE_TONES = { PRESENT: "green", LEAVE: "blue", ABSENT: "red" } as const;

export function AttendanceBadge({ status }: { status: string | null }) {
  if (!status) return <Badge>待登记</Badge>;
  return <Badge tone={ATTENDANCE_TONES[status as keyof typeof ATTENDANCE_TONES] ?? "gray"}>{attendanceStatusLabel(status)}</Badge>;
}
