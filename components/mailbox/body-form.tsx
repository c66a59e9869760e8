"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm, type FormAction } from "@/components/ui/use-action-form";

/** One text area and a button: replies and follow-up messages. */
export function BodyForm({
  action,
  fields,
  label,
  submit,
  success,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  submit: string;
  success: string;
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate key={state?.ok ? "sent" : "editing"}>
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <TextareaField label={label} name="body" error={e.body} rows={4} maxLength={3000} />
      <FormMessage result={state} success={success} />
      <SubmitButton pending={pending}>{submit}</SubmitButton>
    </form>
  );
}
