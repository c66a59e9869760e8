"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { logConsultation } from "@/lib/consult/actions";
import { CHANNEL_LABELS, LOGGED_CHANNELS, QUESTION_MAX } from "@/lib/consult/schemas";

import { TagCheckboxes } from "./tag-checkboxes";

/** 政治处 logs a phone or in-person consultation on someone's behalf. */
export function LogForm({
  askers,
  maxAskedAt,
}: {
  askers: { id: string; label: string }[];
  maxAskedAt: string;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(logConsultation);
  useEffect(() => {
    if (state?.ok) router.push(`/consult/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="咨询人" name="askerId" error={e.askerId}>
        <select
          id="f-askerId"
          name="askerId"
          defaultValue=""
          className={inputClass}
          aria-invalid={e.askerId ? true : undefined}
        >
          <option value="">请选择咨询人</option>
          {askers.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="咨询渠道" name="channel" error={e.channel}>
        <select
          id="f-channel"
          name="channel"
          defaultValue="PHONE"
          className={inputClass}
          aria-invalid={e.channel ? true : undefined}
        >
          {LOGGED_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="咨询时间"
        name="askedAt"
        type="datetime-local"
        max={maxAskedAt}
        error={e.askedAt}
        hint="不填则为当前时间；不能晚于当前时间"
      />
      <TagCheckboxes error={e.tags} />
      <TextareaField
        label="咨询内容"
        name="question"
        error={e.question}
        rows={5}
        maxLength={QUESTION_MAX}
      />
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在登记…">
        登记咨询
      </SubmitButton>
    </form>
  );
}
