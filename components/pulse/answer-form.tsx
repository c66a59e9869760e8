"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { answerPulse } from "@/lib/pulse/actions";
import { COMMENT_MAX, SCALE, SCALE_LABELS } from "@/lib/pulse/labels";

type Question = { id: string; position: number; text: string };

/** One radio group (1–5) per statement, and an optional comment. */
export function AnswerForm({
  roundId,
  questions,
  allowComment,
}: {
  roundId: string;
  questions: Question[];
  allowComment: boolean;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(answerPulse);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <input type="hidden" name="roundId" value={roundId} />
      {questions.map((q) => {
        const err = e[`q${q.position}`];
        return (
          <fieldset
            key={q.id}
            className="rounded-md border border-slate-200 p-3"
            aria-invalid={err ? true : undefined}
            aria-describedby={err ? `q${q.position}-err` : undefined}
          >
            <legend className="px-1 text-sm font-medium text-slate-800">
              {q.position}. {q.text}
            </legend>
            <div className="mt-1 grid grid-cols-5 gap-1 sm:gap-2">
              {SCALE.map((v) => (
                <label
                  key={v}
                  className="flex cursor-pointer flex-col items-center gap-1 rounded-md border border-slate-200 px-1 py-2 text-center text-xs text-slate-700 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input type="radio" name={`q${q.position}`} value={v} className="h-4 w-4" />
                  <span className="font-semibold">{v}</span>
                  <span>{SCALE_LABELS[v]}</span>
                </label>
              ))}
            </div>
            {err ? (
              <p id={`q${q.position}-err`} role="alert" className="mt-1 text-xs text-red-600">
                {err}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      {allowComment ? (
        <TextareaField
          label="意见建议（可选）"
          name="comment"
          rows={4}
          maxLength={COMMENT_MAX}
          error={e.comment}
          hint={`不超过 ${COMMENT_MAX} 字。请勿写入可识别您身份的信息。`}
        />
      ) : null}
      <FormMessage result={state} success="已提交，感谢您的参与" />
      <SubmitButton pending={pending} pendingText="正在提交…">
        提交答卷
      </SubmitButton>
    </form>
  );
}
