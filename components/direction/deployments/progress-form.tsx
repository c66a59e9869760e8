"use client";

import { useEffect, useRef } from "react";

import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm, type FormAction } from "@/components/ui/use-action-form";
import { ASSIGNMENT_STATUS_LABELS, ASSIGNMENT_STATUSES } from "@/lib/direction/labels";
import { LIMITS } from "@/lib/direction/schemas";

/** A department reports on its own assignment: what was done, and the status now. */
export function ProgressForm({
  action,
  assignmentId,
  status,
}: {
  action: FormAction;
  assignmentId: string;
  status: string;
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(action);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const suggested = status === "OPEN" ? "IN_PROGRESS" : status;
  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <SelectField
          label="落实状态"
          name="status"
          id={`p-${assignmentId}-status`}
          defaultValue={suggested}
          options={ASSIGNMENT_STATUSES.map((s) => ({
            value: s,
            label: ASSIGNMENT_STATUS_LABELS[s],
          }))}
          error={e.status}
        />
        <TextareaField
          label="进展情况"
          name="note"
          id={`p-${assignmentId}-note`}
          maxLength={LIMITS.progressNote}
          rows={3}
          required
          error={e.note}
          placeholder="已开展的工作、取得的成效、存在的困难"
        />
      </div>
      <FormMessage result={state} success="进展已报送" />
      <SubmitButton pending={pending} pendingText="正在报送…">
        报送进展
      </SubmitButton>
    </form>
  );
}
