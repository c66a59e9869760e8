import type { StatusTones } from "@/components/ui/status-badge";

export const STATUS_TONES: StatusTones = { DRAFT: "amber", CONFIRMED: "green", REVOKED: "gray" };

export const CATEGORY_TONES: StatusTones = {
  JUDICIAL: "amber",
  COMMENDATION: "green",
  INNOVATION: "blue",
  DISCIPLINE: "red",
};
