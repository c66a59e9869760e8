import type { StatusTones } from "@/components/ui/status-badge";

// Badge colours of a registration; attendance uses ATTENDANCE_TONES from components/ui.
export const REGISTRATION_TONES: StatusTones = {
  REGISTERED: "green",
  WAITLISTED: "amber",
  CANCELLED: "gray",
};
