import type { StatusTones } from "@/components/ui/status-badge";

export const CONSULT_STATUS_TONES: StatusTones = { OPEN: "amber", ANSWERED: "green" };
