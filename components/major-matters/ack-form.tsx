"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { acknowledgeMajorMatter } from "@/lib/major-matters/actions";

export function AckForm({ id }: { id: string }) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(acknowledgeMajorMatter);
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="id" value={id} />
      <TextareaField label="确认意见（可选）" name="note" error={e.note} rows={3} maxLength={500} />
      <FormMessage result={state} success="已确认" />
      <SubmitButton pending={pending}>确认收悉</SubmitButton>
    </form>
  );
}
