import { Badge } from "@/components/ui/card";
import { statusLabel } from "@/lib/mailbox/labels";

const TONE: Record<string, "gray" | "amber" | "red" | "green" | "blue"> = { NEW: "red", ACKNOWLEDGED: "amber", IN_PROGRESS: "blue", REPLIED: "green", CLOSED: "gray" };

export function LetterStatusBadge({ status }: { status: string }) {
  return <Badge tone={TONE[status] ?? "gray"}>{statusLabel(status)}</Badge>;
}
