import { Badge } from "@/components/ui/card";
import { labelOf, PRIORITY_LABELS, SOURCE_LABELS } from "@/lib/follow-ups/labels";

export function OverdueBadge({ overdue }: { overdue: boolean }) {
  return overdue ? <Badge tone="red">逾期</Badge> : null;
}

export function PriorityBadge({ priority }: { priority: string }) {
  if (priority === "HIGH") return <Badge tone="red">优先级 高</Badge>;
  if (priority === "LOW") return <Badge tone="gray">优先级 低</Badge>;
  return <Badge tone="gray">优先级 {labelOf(PRIORITY_LABELS, priority)}</Badge>;
}

export function sourceLabel(sourceType: string): string {
  return labelOf(SOURCE_LABELS, sourceType);
}
