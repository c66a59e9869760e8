import type { StatusTones } from "@/components/ui/status-badge";

/** 评先评优 stages: waiting stages blue/amber, approved green, returned red. */
export const STAGE_TONES: StatusTones = {
  DEPARTMENT: "blue",
  OFFICE: "blue",
  PARTY_GROUP: "amber",
  APPROVED: "green",
  RETURNED: "red",
};

export const DECISION_LABELS: Record<string, string> = { PASS: "通过", RETURN: "退回" };
