"use client";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { assignFollowUp } from "@/lib/follow-ups/actions";
import { NOTE_MAX } from "@/lib/follow-ups/schemas";

import { AssigneeSelect, PrioritySelect, type AssigneeOption } from "./assignee-select";

type Current = { assigneeId: string | null; dueDate: string; priority: string };

/** 政治处: assign, reassign, or change the due date and priority. */
export function AssignForm({
  id,
  current,
  assignees,
  today,
}: {
  id: string;
  current: Current;
  assignees: AssigneeOption[];
  today: string;
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(assignFollowUp);
  // A past due date cannot be kept: 政治处 sets a new one when reassigning.
  const due = current.dueDate && current.dueDate >= today ? current.dueDate : "";
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="交办">
      <input type="hidden" name="id" value={id} />
      <AssigneeSelect options={assignees} defaultValue={current.assigneeId} error={e.assigneeId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="办结期限"
          name="dueDate"
          type="date"
          min={today}
          defaultValue={due}
          required
          error={e.dueDate}
        />
        <PrioritySelect defaultValue={current.priority} error={e.priority} />
      </div>
      <TextareaField
        name="note"
        maxLength={NOTE_MAX}
        label="交办说明"
        error={e.note}
        rows={3}
        id="f-assign-note"
      />
      <FormMessage result={state} success="已交办，已通知承办人" />
      <SubmitButton pending={pending} pendingText="正在保存…">
        {current.assigneeId ? "保存交办" : "交办"}
      </SubmitButton>
    </form>
  );
}
