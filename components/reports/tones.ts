import type { StatusTones } from "@/components/ui/status-badge";

export const REPORT_STATUS_TONES: StatusTones = {
  DRAFT: "gray",
  SUBMITTED: "amber",
  RETURNED: "red",
  REVIEWED: "green",
};
