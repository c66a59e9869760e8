import type { StatusTones } from "@/components/ui/status-badge";

export const MATTER_STATUS_TONES: StatusTones = { SUBMITTED: "amber", ACKNOWLEDGED: "green" };
