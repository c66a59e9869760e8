import type { StatusTones } from "@/components/ui/status-badge";

export const CYCLE_STATE_TONES: StatusTones = {
  DRAFT: "gray",
  SETUP: "gray",
  SCORING: "blue",
  CALIBRATION: "amber",
  PUBLICITY: "green",
  OBJECTION: "amber",
  ARCHIVED: "gray",
};

export const GRADE_TONES: StatusTones = {
  EXCELLENT: "green",
  COMPETENT: "blue",
  BASIC: "amber",
  INCOMPETENT: "red",
};
