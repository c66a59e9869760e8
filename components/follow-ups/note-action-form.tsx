"use client";

import { useEffect, useRef } from "react";

import { useConfirm } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  closeFollowUp,
  postFollowUpProgress,
  reopenFollowUp,
  resolveFollowUp,
} from "@/lib/follow-ups/actions";
import { NOTE_MAX } from "@/lib/follow-ups/schemas";

const KINDS = {
  progress: {
    action: postFollowUpProgress,
    label: "办理进展",
    required: true,
    submit: "提交进展",
    success: "已记录办理进展",
    variant: "primary",
  },
  resolve: {
    action: resolveFollowUp,
    label: "办结情况",
    required: true,
    submit: "标记办结",
    success: "已办结，待政治处核销",
    variant: "primary",
  },
  close: {
    action: closeFollowUp,
    label: "核销意见",
    required: false,
    submit: "核销",
    success: "已核销",
    variant: "primary",
  },
  reopen: {
    action: reopenFollowUp,
    label: "重新交办理由",
    required: true,
    submit: "重新交办",
    success: "已重新交办，已通知承办人",
    variant: "secondary",
  },
} as const;

/** One timeline note plus one state change; asks first, in a ConfirmDialog, when `confirm` is given. */
export function NoteActionForm({
  id,
  kind,
  confirm,
  hint,
}: {
  id: string;
  kind: keyof typeof KINDS;
  confirm?: string;
  hint?: string;
}) {
  const k = KINDS[kind];
  const { state, submit, pending, fieldErrors: e } = useActionForm(k.action);
  const [ask, dialog] = useConfirm();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      noValidate
      aria-label={k.submit}
      className="space-y-3"
      onSubmit={async (ev) => {
        ev.preventDefault();
        const fd = new FormData(ev.currentTarget);
        // An empty required note goes straight to the server's field error; ask only about a real submission.
        const filled = String(fd.get("note") ?? "").trim() !== "";
        if (
          confirm &&
          (filled || !k.required) &&
          !(await ask({ title: k.submit, message: confirm }))
        )
          return;
        submit(fd);
      }}
    >
      <input type="hidden" name="id" value={id} />
      <TextareaField
        name="note"
        maxLength={NOTE_MAX}
        label={k.label}
        required={k.required}
        error={e.note ?? e.id}
        hint={hint}
        rows={3}
        id={`f-${kind}-note`}
      />
      <FormMessage result={state} success={k.success} />
      <SubmitButton pending={pending} variant={k.variant} pendingText="正在提交…">
        {k.submit}
      </SubmitButton>
      {dialog}
    </form>
  );
}
