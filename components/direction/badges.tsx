// Status and type badges of 党组引航. Server-safe (no state).
import { Badge } from "@/components/ui/card";
import { assignmentStatusLabel, goalStatusLabel, meetingTypeLabel } from "@/lib/direction/labels";

type Tone = "gray" | "red" | "green" | "amber" | "blue";

const GOAL_TONES: Record<string, Tone> = { PLANNED: "gray", IN_PROGRESS: "blue", ACHIEVED: "green", DEFERRED: "amber" };
const ASSIGNMENT_TONES: Record<string, Tone> = { OPEN: "gray", IN_PROGRESS: "blue", DONE: "green" };
const MEETING_TONES: Record<string, Tone> = { DANGZU: "red", YUANWU: "blue", QUANYUAN: "amber", ZUOTAN: "green", FENXI: "gray" };

// Badges never wrap mid-word beside a long title.
const keep = "shrink-0 whitespace-nowrap";

export function GoalStatusBadge({ status }: { status: string }) {
  return <span className={keep}><Badge tone={GOAL_TONES[status] ?? "gray"}>{goalStatusLabel(status)}</Badge></span>;
}

export function AssignmentStatusBadge({ status, overdue }: { status: string; overdue?: boolean }) {
  return (
    <span className={`inline-flex gap-1 ${keep}`}>
      <Badge tone={ASSIGNMENT_TONES[status] ?? "gray"}>{assignmentStatusLabel(status)}</Badge>
      {overdue ? <Badge tone="red">已逾期</Badge> : null}
    </span>
  );
}

export function MeetingTypeBadge({ type }: { type: string }) {
  return <span className={keep}><Badge tone={MEETING_TONES[type] ?? "gray"}>{meetingTypeLabel(type)}</Badge></span>;
}
