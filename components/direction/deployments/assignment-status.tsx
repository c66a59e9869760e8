import { Badge } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { ASSIGNMENT_STATUS_LABELS } from "@/lib/direction/labels";

import { ASSIGNMENT_STATUS_TONES } from "../tones";

/** An assignment's status and, when past its due date, 已逾期 beside it. */
export function AssignmentStatus({ status, overdue }: { status: string; overdue?: boolean }) {
  return (
    <span className="inline-flex shrink-0 gap-1">
      <StatusBadge
        status={status}
        labels={ASSIGNMENT_STATUS_LABELS}
        tones={ASSIGNMENT_STATUS_TONES}
      />
      {overdue ? <Badge tone="red">已逾期</Badge> : null}
    </span>
  );
}
