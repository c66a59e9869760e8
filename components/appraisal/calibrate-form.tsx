"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { calibrateSheet } from "@/lib/appraisal/review/actions";

/** 校准: a new total for one sheet, only with a written reason (kept as before → after). */
export function CalibrateForm({
  sheetId,
  name,
  current,
}: {
  sheetId: string;
  name: string;
  current: string;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(calibrateSheet);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2 pt-2">
      <input type="hidden" name="sheetId" value={sheetId} />
      <Field
        id={`cal-${sheetId}-total`}
        label="调整后的总分"
        aria-label={`${name} 调整后的总分`}
        name="total"
        inputMode="decimal"
        defaultValue={current}
        error={e.total}
      />
      <TextareaField
        id={`cal-${sheetId}-reason`}
        label="调整理由"
        aria-label={`${name} 调整理由`}
        hint="必填，写明调整依据（不少于 4 字），保留在考评表上"
        name="reason"
        rows={2}
        maxLength={500}
        error={e.reason}
      />
      <FormMessage result={state} success="已校准，排名和等次已重新计算。" />
      <SubmitButton pending={pending} pendingText="正在保存…">
        保存校准
      </SubmitButton>
    </form>
  );
}
