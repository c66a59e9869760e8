"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { useConfirm } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { revokeConductRecord } from "@/lib/conduct/actions";

/** Revokes a confirmed record with a written reason, after an in-page confirmation. */
export function RevokeForm({ recordId }: { recordId: string }) {
  const router = useRouter();
  const { state, submit, pending, fieldErrors } = useActionForm(revokeConductRecord);
  const [ask, dialog] = useConfirm();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form
      className="space-y-2"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const ok = await ask({
          title: "撤销记录",
          message: "撤销后该记录保留并显示为“已撤销”，不再计入考评，本人将收到通知。",
          tone: "danger",
        });
        if (ok) submit(fd);
      }}
    >
      <input type="hidden" name="id" value={recordId} />
      <TextareaField
        label="撤销理由"
        name="reason"
        rows={3}
        maxLength={500}
        error={fieldErrors.reason}
        hint="如：文件撤回、事实认定有误、重复登记"
      />
      {state && !state.ok && !state.fieldErrors?.reason ? <FormMessage result={state} /> : null}
      <SubmitButton pending={pending} pendingText="正在撤销…" variant="danger">
        撤销记录
      </SubmitButton>
      {dialog}
    </form>
  );
}
