"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { askConsultation } from "@/lib/consult/actions";
import { CHANNEL_LABELS, CHANNELS, QUESTION_MAX } from "@/lib/consult/schemas";

import { TagCheckboxes } from "./tag-checkboxes";

/** Staff ask a question of 政治处. */
export function AskForm() {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(askConsultation);
  useEffect(() => {
    if (state?.ok) {
      form.current?.reset();
      router.refresh();
    }
  }, [state, router]);
  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="咨询渠道" name="channel" error={e.channel}>
        <select
          id="f-channel"
          name="channel"
          defaultValue="ONLINE"
          className={inputClass}
          aria-invalid={e.channel ? true : undefined}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </Field>
      <TagCheckboxes error={e.tags} />
      <TextareaField
        label="咨询内容"
        name="question"
        error={e.question}
        hint={`不超过 ${QUESTION_MAX} 字。政治处将在 24 小时内答复。`}
        rows={5}
        maxLength={QUESTION_MAX}
      />
      <FormMessage result={state} success="咨询已提交，政治处将在 24 小时内答复" />
      <SubmitButton pending={pending} pendingText="正在提交…">
        提交咨询
      </SubmitButton>
    </form>
  );
}
