import { Card } from "@/components/ui/card";
import type { FollowUpEvent } from "@/lib/follow-ups/state";

import { AssignForm } from "./assign-form";
import type { AssigneeOption } from "./assignee-select";
import { NoteActionForm } from "./note-action-form";

type Props = {
  id: string;
  events: FollowUpEvent[];
  status: string;
  current: { assigneeId: string | null; dueDate: string; priority: string };
  assignees: AssigneeOption[];
  today: string;
};

/** Only the forms the state machine allows this viewer now. */
export function FollowUpActions({ id, events, status, current, assignees, today }: Props) {
  if (events.length === 0) {
    return (
      <Card title="办理">
        <p className="text-sm text-slate-500">
          {status === "CLOSED"
            ? "该事项已核销。"
            : status === "RESOLVED"
              ? "已办结，等待政治处核销。"
              : "当前没有需要您办理的操作。"}
        </p>
      </Card>
    );
  }
  return (
    <>
      {events.includes("NOTE") ? (
        <Card title={status === "OPEN" ? "开始办理" : "填写办理进展"}>
          <NoteActionForm
            id={id}
            kind="progress"
            hint={status === "OPEN" ? "提交第一条进展后，事项转为“办理中”" : undefined}
          />
        </Card>
      ) : null}
      {events.includes("RESOLVE") ? (
        <Card title="办结">
          <NoteActionForm
            id={id}
            kind="resolve"
            hint="写明办理结果，提交后由政治处核销"
            confirm="确定标记为已办结？提交后将由政治处核销。"
          />
        </Card>
      ) : null}
      {events.includes("CLOSE") ? (
        <Card title="核销">
          <NoteActionForm
            id={id}
            kind="close"
            confirm="确定核销该督办事项？核销后如需继续办理，须重新交办。"
          />
        </Card>
      ) : null}
      {events.includes("REOPEN") ? (
        <Card title="重新交办">
          <NoteActionForm
            id={id}
            kind="reopen"
            hint="办理不到位时退回承办人继续办理"
            confirm="确定重新交办？事项将退回承办人继续办理。"
          />
        </Card>
      ) : null}
      {events.includes("ASSIGN") ? (
        <Card title={current.assigneeId ? "改派 / 调整期限" : "交办"}>
          <AssignForm id={id} current={current} assignees={assignees} today={today} />
        </Card>
      ) : null}
    </>
  );
}
