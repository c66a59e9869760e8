"use client";

import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { assignTalkInterviewer } from "@/lib/talks/actions";

type Option = { id: string; label: string };

/** Assigns one interviewer to a whole department of the campaign, or to one member. */
export function AssignForm({
  campaignId,
  mode,
  targets,
  interviewers,
}: {
  campaignId: string;
  mode: "department" | "member";
  targets: Option[];
  interviewers: Option[];
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(assignTalkInterviewer);
  const field = mode === "department" ? "departmentId" : "userId";
  const prefix = `assign-${mode}`;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="campaignId" value={campaignId} />
      <SelectField
        id={`${prefix}-target`}
        label={mode === "department" ? "部门（该部门全部人员）" : "人员"}
        name={field}
        placeholder="请选择"
        options={targets.map((t) => ({ value: t.id, label: t.label }))}
        error={e[field]}
      />
      <SelectField
        id={`${prefix}-interviewer`}
        label="谈话人"
        name="interviewerId"
        placeholder="请选择"
        options={interviewers.map((t) => ({ value: t.id, label: t.label }))}
        error={e.interviewerId}
      />
      <FormMessage
        result={state}
        success={state?.ok ? `已分配 ${state.data.assigned} 人` : undefined}
      />
      <SubmitButton pending={pending}>分配谈话人</SubmitButton>
    </form>
  );
}
