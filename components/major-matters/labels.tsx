import { Badge } from "@/components/ui/card";
import { MATTER_STATUS_LABELS } from "@/lib/major-matters/labels";

export function MatterStatusBadge({ status }: { status: string }) {
  return <Badge tone={status === "ACKNOWLEDGED" ? "green" : "amber"}>{MATTER_STATUS_LABELS[status] ?? status}</Badge>;
}
