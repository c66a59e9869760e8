import type { StatusTones } from "@/components/ui/status-badge";

export const LETTER_STATUS_TONES: StatusTones = {
  NEW: "red",
  ACKNOWLEDGED: "amber",
  IN_PROGRESS: "blue",
  REPLIED: "green",
  CLOSED: "gray",
};
