// Attendance (出席 / 请假 / 缺席): the one vocabulary of every attendance sheet,
// shared by 学习活动 (lib/study) and 检察文化 events (lib/culture). Badge
// colours are ATTENDANCE_TONES in components/ui/status-badge.tsx.

export const ATTENDANCE_STATUSES = ["PRESENT", "LEAVE", "ABSENT"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "出席",
  LEAVE: "请假",
  ABSENT: "缺席",
};

/** Label for a recorded status; null means not yet recorded. */
export function attendanceStatusLabel(status: string | null): string {
  return status ? (ATTENDANCE_STATUS_LABELS[status as AttendanceStatus] ?? status) : "未记录";
}
