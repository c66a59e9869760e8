import type { StatusTones } from "@/components/ui/status-badge";

// Badge colours of 学习教育, for StatusBadge; attendance uses ATTENDANCE_TONES
// from components/ui/status-badge, as every domain does.
export const LOG_STATUS_TONES: StatusTones = {
  SUBMITTED: "amber",
  APPROVED: "green",
  RETURNED: "red",
};
