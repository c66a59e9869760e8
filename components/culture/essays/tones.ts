import type { StatusTones } from "@/components/ui/status-badge";

export const PHASE_TONES: StatusTones = {
  UPCOMING: "gray",
  OPEN: "green",
  CLOSED: "blue",
  PUBLISHED: "amber",
};

export const AWARD_TONES: StatusTones = {
  FIRST: "red",
  SECOND: "amber",
  THIRD: "blue",
  EXCELLENCE: "green",
};
