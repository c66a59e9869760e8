import type { StatusTones } from "@/components/ui/status-badge";

// Badge colours of 党组引航, for StatusBadge with the labels in lib/direction/labels.
export const GOAL_STATUS_TONES: StatusTones = {
  PLANNED: "gray",
  IN_PROGRESS: "blue",
  ACHIEVED: "green",
  DEFERRED: "amber",
};
export const ASSIGNMENT_STATUS_TONES: StatusTones = {
  OPEN: "gray",
  IN_PROGRESS: "blue",
  DONE: "green",
};
export const MEETING_TYPE_TONES: StatusTones = {
  DANGZU: "red",
  YUANWU: "blue",
  QUANYUAN: "amber",
  ZUOTAN: "green",
  FENXI: "gray",
};
