"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createStudyLog, updateStudyLog } from "@/lib/study/log/actions";
import { LOG_KIND_LABELS, LOG_KINDS, REFLECTION_MAX, TITLE_MAX } from "@/lib/study/log/schemas";

export type LogFormValues = {
  id: string;
  kind: string;
  title: string;
  studiedOn: string;
  hours: string;
  reflection: string;
};

/** Logs a new study entry, or edits (and resubmits) one of the caller's own. */
export function LogForm({ today, entry }: { today: string; entry?: LogFormValues }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const {
    state,
    onSubmit,
    pending,
    fieldErrors: e,
  } = useActionForm(entry ? updateStudyLog : createStudyLog);
  useEffect(() => {
    if (!state?.ok) return;
    if (!entry) form.current?.reset();
    router.refresh();
  }, [state, router, entry]);
  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
      {entry ? <input type="hidden" name="id" value={entry.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="学习类型" name="kind" error={e.kind}>
          <select
            id="f-kind"
            name="kind"
            defaultValue={entry?.kind ?? "READING"}
            className={inputClass}
            aria-invalid={e.kind ? true : undefined}
          >
            {LOG_KINDS.map((k) => (
              <option key={k} value={k}>
                {LOG_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="学习日期"
          name="studiedOn"
          type="date"
          max={today}
          defaultValue={entry?.studiedOn ?? today}
          error={e.studiedOn}
          hint="不能晚于今天"
        />
      </div>
      <Field
        label="学习内容"
        name="title"
        defaultValue={entry?.title}
        maxLength={TITLE_MAX}
        error={e.title}
        hint="如书名、课程名或心得题目"
      />
      <Field
        label="学习时长（小时）"
        name="hours"
        type="number"
        inputMode="decimal"
        step="0.1"
        min="0.1"
        max="24"
        defaultValue={entry?.hours}
        error={e.hours}
        hint="0.1 至 24 小时，保留一位小数；同一天合计不超过 24 小时"
      />
      <TextareaField
        label="学习体会"
        name="reflection"
        rows={5}
        maxLength={REFLECTION_MAX}
        defaultValue={entry?.reflection}
        error={e.reflection}
        hint={`心得体会必填，其他类型可简要记录收获；不超过 ${REFLECTION_MAX} 字`}
      />
      <FormMessage result={state} success={entry ? "已保存并重新提交审核" : "已提交，等待审核"} />
      <SubmitButton pending={pending} pendingText="正在提交…">
        {entry ? "保存并重新提交" : "提交学习记录"}
      </SubmitButton>
    </form>
  );
}
