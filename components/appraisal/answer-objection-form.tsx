"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { GRADE_LABELS, GRADES } from "@/lib/appraisal/labels";
import { answerObjection } from "@/lib/appraisal/review/actions";

/** 政治处's answer to an objection: uphold, or adjust the total (and grade) with the reason. */
export function AnswerObjectionForm({
  objectionId,
  current,
}: {
  objectionId: string;
  current: string;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(answerObjection);
  const [decision, setDecision] = useState("UPHELD");
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const id = (f: string) => `obj-${objectionId}-${f}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <input type="hidden" name="objectionId" value={objectionId} />
      <SelectField
        id={id("decision")}
        label="处理结果"
        name="decision"
        value={decision}
        onChange={(ev) => setDecision(ev.target.value)}
        error={e.decision}
        options={[
          { value: "UPHELD", label: "维持原结果" },
          { value: "ADJUSTED", label: "调整考评结果" },
        ]}
      />
      {decision === "ADJUSTED" ? (
        <div className="grid gap-2 sm:grid-cols-2">
          <Field
            id={id("total")}
            label="调整后的总分"
            name="total"
            inputMode="decimal"
            defaultValue={current}
            error={e.total}
          />
          <SelectField
            id={id("grade")}
            label="调整后的等次"
            name="grade"
            placeholder="（不变）"
            error={e.grade}
            options={GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g] }))}
          />
        </div>
      ) : null}
      <TextareaField
        id={id("answer")}
        label="答复意见"
        name="answer"
        rows={3}
        maxLength={2000}
        error={e.answer}
      />
      <FormMessage result={state} success="已答复，并通知提出人。" />
      <SubmitButton pending={pending} pendingText="正在提交…">
        提交答复
      </SubmitButton>
    </form>
  );
}
