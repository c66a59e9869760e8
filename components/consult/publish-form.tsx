"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { publishFaq } from "@/lib/consult/actions";
import { ANSWER_MAX, QUESTION_MAX } from "@/lib/consult/schemas";

/** Pre-filled with the consultation's text so the publisher can take names out. */
export function PublishForm({
  consultationId,
  question,
  answer,
}: {
  consultationId: string;
  question: string;
  answer: string;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(publishFaq);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="consultationId" value={consultationId} />
      <p className="text-sm text-slate-600">
        发布前请删除姓名、部门等可识别咨询人的信息。政策解读不显示、也不保存咨询人身份。
      </p>
      <TextareaField
        label="问题（发布文本）"
        name="question"
        error={e.question}
        rows={4}
        maxLength={QUESTION_MAX}
        defaultValue={question}
      />
      <TextareaField
        label="解答（发布文本）"
        name="answer"
        error={e.answer}
        rows={6}
        maxLength={ANSWER_MAX}
        defaultValue={answer}
      />
      <FormMessage result={state} success="已发布到政策解读" />
      <SubmitButton pending={pending} pendingText="正在发布…">
        发布到政策解读
      </SubmitButton>
    </form>
  );
}
