"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { scoreAppraisalTask, scorePeerTask } from "@/lib/appraisal/scoring/actions";
import { BOTTOM_CENTI, EXTREME_MESSAGE, TOP_CENTI } from "@/lib/appraisal/scoring/schemas";
import { parseScoreCenti } from "@/lib/scores";

export type TaskValues = {
  sheetId: string;
  indicatorId: string;
  score: string;
  reason: string;
  notApplicable: boolean;
};

/**
 * One scoring task: a score 0–100 and a reason, required at the extremes
 * (≥ 95 or < 60, as the action checks); a named task may be 不适用 instead.
 */
export function TaskForm({
  values,
  peer,
  readOnly,
  subject,
}: {
  values: TaskValues;
  peer: boolean;
  readOnly: boolean;
  subject: string;
}) {
  const router = useRouter();
  const uid = useId();
  const {
    state,
    onSubmit,
    pending,
    fieldErrors: e,
  } = useActionForm(peer ? scorePeerTask : scoreAppraisalTask);
  const [score, setScore] = useState(values.score);
  const [na, setNa] = useState(values.notApplicable);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const centi = parseScoreCenti(score);
  const extreme = centi !== null && (centi >= TOP_CENTI || centi < BOTTOM_CENTI);
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[8rem_1fr_auto]">
      <input type="hidden" name="sheetId" value={values.sheetId} />
      <input type="hidden" name="indicatorId" value={values.indicatorId} />
      <Field
        id={`${uid}-score`}
        label="评分"
        aria-label={`${subject} 评分`}
        name="score"
        inputMode="decimal"
        value={score}
        disabled={readOnly || na}
        onChange={(ev) => setScore(ev.target.value)}
        error={e.score}
        hint="0–100"
      />
      <div className="space-y-2">
        <TextareaField
          id={`${uid}-reason`}
          label="评分理由"
          aria-label={`${subject} 评分理由`}
          name="reason"
          rows={2}
          maxLength={500}
          defaultValue={values.reason}
          disabled={readOnly}
          required={extreme || na}
          error={e.reason}
          hint={extreme ? EXTREME_MESSAGE : "95 分及以上或 60 分以下须填写理由"}
        />
        {peer ? null : (
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name="notApplicable"
              checked={na}
              disabled={readOnly}
              onChange={(ev) => setNa(ev.target.checked)}
            />
            不适用（须填写理由）
          </label>
        )}
      </div>
      <div className="flex flex-col items-start justify-end gap-2">
        {readOnly ? null : (
          <SubmitButton pending={pending} pendingText="保存中…">
            保存
          </SubmitButton>
        )}
        <FormMessage result={state} success="已保存" />
      </div>
    </form>
  );
}
