import type { StatusTones } from "@/components/ui/status-badge";

// Badge colours of a club membership.
export const MEMBER_TONES: StatusTones = {
  PENDING: "amber",
  ACTIVE: "green",
  REJECTED: "red",
  LEFT: "gray",
};
