import { Badge } from "@/components/ui/card";
import { labelOf, PRIORITY_LABELS, SOURCE_LABELS, STATUS_LABELS, STATUS_TONES } from "@/lib/follow-ups/labels";

export function StatusBadge({ status }: { status: string }) {
  return <Badge tone={(STATUS_TONES as Record<string, "gray" | "blue" | "amber" | "green">)[status] ?? "gray"}>{labelOf(STATUS_LABELS, status)}</Badge>;
}

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
