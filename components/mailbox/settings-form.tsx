"use client";

import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveMailboxSettings } from "@/lib/mailbox/actions";

export function MailboxSettingsForm({
  chiefId,
  delegateId,
  candidates,
}: {
  chiefId: string | null;
  delegateId: string | null;
  candidates: { id: string; label: string }[];
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(saveMailboxSettings);
  const options = candidates.map((c) => ({ value: c.id, label: c.label }));
  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
      <SelectField
        label="检察长（信箱主办人）"
        name="chiefId"
        options={options}
        placeholder="请选择"
        defaultValue={chiefId ?? ""}
        error={e.chiefId}
      />
      <SelectField
        label="委托阅处人（可选）"
        name="delegateId"
        options={options}
        placeholder="不设委托人"
        defaultValue={delegateId ?? ""}
        error={e.delegateId}
      />
      <FormMessage result={state} success="已保存" />
      <SubmitButton pending={pending}>保存</SubmitButton>
    </form>
  );
}
