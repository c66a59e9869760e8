import type { StatusTones } from "@/components/ui/status-badge";

export const PHASE_TONES: StatusTones = {
  REG_UPCOMING: "gray",
  REG_OPEN: "green",
  REG_CLOSED: "gray",
  SCORING: "blue",
  PUBLICITY_UPCOMING: "amber",
  PUBLICITY: "amber",
  PUBLICITY_ENDED: "blue",
  CONCLUDED: "gray",
};

export const OUTCOME_TONES: StatusTones = {
  PENDING: "gray",
  PUBLICITY: "amber",
  ADMITTED: "green",
  NOT_ADMITTED: "gray",
};
