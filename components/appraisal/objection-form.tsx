"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { fileObjection } from "@/lib/appraisal/review/actions";

/** A person's one objection to their own sheet, inside the 公示 window. */
export function ObjectionForm({ sheetId }: { sheetId: string }) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(fileObjection);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="sheetId" value={sheetId} />
      <TextareaField
        label="异议内容"
        name="body"
        rows={4}
        maxLength={2000}
        error={e.body}
        hint="每份考评表只能提出一次异议，请写明对哪项指标、哪条依据有异议及理由（不少于 10 字）。"
      />
      <FormMessage result={state} success="异议已提交，政治处答复后会通知您。" />
      <SubmitButton pending={pending} pendingText="正在提交…">
        提出异议
      </SubmitButton>
    </form>
  );
}
