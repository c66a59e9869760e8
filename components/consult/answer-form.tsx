"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { answerConsultation } from "@/lib/consult/actions";
import { ANSWER_MAX } from "@/lib/consult/schemas";

export function AnswerForm({ id }: { id: string }) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(answerConsultation);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={id} />
      <TextareaField
        label="答复内容"
        name="answer"
        error={e.answer}
        hint={`不超过 ${ANSWER_MAX} 字。答复后将通知咨询人。`}
        rows={6}
        maxLength={ANSWER_MAX}
      />
      <FormMessage result={state} success="已答复，并已通知咨询人" />
      <SubmitButton pending={pending} pendingText="正在提交…">
        提交答复
      </SubmitButton>
    </form>
  );
}
