import { Badge } from "@/components/ui/card";
import { outcomeLabel } from "@/lib/quota/labels";
import { PHASE_LABELS, type Phase } from "@/lib/quota/rules";

const PHASE_TONES: Record<Phase, "gray" | "green" | "amber" | "blue" | "red"> = {
  REG_UPCOMING: "gray", REG_OPEN: "green", REG_CLOSED: "gray", SCORING: "blue",
  PUBLICITY_UPCOMING: "amber", PUBLICITY: "amber", PUBLICITY_ENDED: "blue", CONCLUDED: "gray",
};

export function PhaseBadge({ phase }: { phase: Phase }) {
  return <Badge tone={PHASE_TONES[phase]}>{PHASE_LABELS[phase]}</Badge>;
}

const OUTCOME_TONES: Record<string, "gray" | "green" | "amber" | "red"> = { PENDING: "gray", PUBLICITY: "amber", ADMITTED: "green", NOT_ADMITTED: "gray" };

export function OutcomeBadge({ outcome }: { outcome: string }) {
  return <Badge tone={OUTCOME_TONES[outcome] ?? "gray"}>{outcomeLabel(outcome)}</Badge>;
}
