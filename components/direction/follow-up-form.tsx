"use client";

import Link from "next/link";

import { Field, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm, type FormAction, type FormResult } from "@/components/ui/use-action-form";
import { LIMITS } from "@/lib/direction/schemas";

type Opened = { link: string };

function Outcome({ state }: { state: FormResult<Opened> | null }) {
  if (!state) return null;
  if (!state.ok)
    return (
      <p role="alert" className="text-xs text-red-600">
        {state.message}
      </p>
    );
  const link = state.data.link;
  return (
    <p role="status" className="text-sm text-green-800">
      已转入督办。
      <Link href={link} className="font-medium text-brand-700 hover:underline">
        查看督办事项 →
      </Link>
    </p>
  );
}

/** 政治处 turns a meeting decision into a 督办 follow-up. */
export function MeetingFollowUpForm({
  action,
  meetingId,
  defaultTitle,
}: {
  action: FormAction<Opened>;
  meetingId: string;
  defaultTitle: string;
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <Field
        label="督办事项"
        name="title"
        id={`fu-${meetingId}`}
        defaultValue={defaultTitle}
        maxLength={LIMITS.followUpTitle}
        required
        error={e.title}
        hint="写明要督办落实的决定"
      />
      <SubmitButton variant="secondary" pending={pending} pendingText="正在转办…">
        转入督办
      </SubmitButton>
      <Outcome state={state} />
    </form>
  );
}

/** 政治处 opens a follow-up on a deployment, for the whole of it or one department. */
export function DeploymentFollowUpForm({
  action,
  deploymentId,
  departments,
}: {
  action: FormAction<Opened>;
  deploymentId: string;
  departments: { id: string; label: string }[];
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="deploymentId" value={deploymentId} />
      <SelectField
        label="督办范围"
        name="departmentId"
        id={`fu-${deploymentId}`}
        placeholder="整个部署事项"
        options={departments.map((d) => ({ value: d.id, label: d.label }))}
        error={e.departmentId}
      />
      <SubmitButton variant="secondary" pending={pending} pendingText="正在转办…">
        转入督办
      </SubmitButton>
      <Outcome state={state} />
    </form>
  );
}
