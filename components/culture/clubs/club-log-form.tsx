"use client";

import { useRef } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { writeClubLog } from "@/lib/culture/clubs/actions";
import { shanghaiDayKey } from "@/lib/dates";

/** An officer adds an entry to the club log. */
export function ClubLogForm({ clubId }: { clubId: string }) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(writeClubLog);
  const form = useRef<HTMLFormElement>(null);
  const done = state?.ok;
  return (
    <form
      ref={form}
      key={done ? "sent" : "open"}
      onSubmit={onSubmit}
      className="space-y-3"
      aria-label="填写社团日志"
    >
      <input type="hidden" name="clubId" value={clubId} />
      <div className="max-w-xs">
        <Field
          label="日期"
          name="loggedOn"
          type="date"
          required
          defaultValue={shanghaiDayKey()}
          error={e.loggedOn}
        />
      </div>
      <TextareaField
        label="日志内容"
        name="body"
        required
        rows={3}
        maxLength={2000}
        error={e.body}
      />
      <FormMessage result={state} success="日志已保存" />
      <SubmitButton pending={pending} pendingText="正在保存…">
        保存日志
      </SubmitButton>
    </form>
  );
}
