"use client";

import { useEffect, useRef, useState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/attachments/types";
import { uploadConductEvidence } from "@/lib/conduct/actions";

const ACCEPT = ".pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp";

/** Uploads one piece of evidence (PDF or image); the server checks the bytes. */
export function EvidenceUpload({ recordId }: { recordId: string }) {
  const { state, onSubmit, pending, fieldErrors } = useActionForm(uploadConductEvidence);
  const [localError, setLocalError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    const early = !file
      ? UPLOAD_MESSAGES.missing
      : file.size > MAX_UPLOAD_BYTES
        ? UPLOAD_MESSAGES.tooLarge
        : null;
    setLocalError(early);
    if (early) {
      e.preventDefault();
      return;
    }
    onSubmit(e);
  };
  const error = localError ?? fieldErrors.file;
  return (
    <form ref={form} onSubmit={submit} className="mt-3 space-y-2" noValidate>
      <input type="hidden" name="recordId" value={recordId} />
      <Field
        label="上传证明材料"
        name="file"
        error={error}
        hint="PDF 或 JPEG/PNG/WebP 图片，单个不超过 10 MB；图片将去除拍摄信息等元数据"
      >
        <input
          id="f-file"
          name="file"
          type="file"
          accept={ACCEPT}
          className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "f-file-err" : "f-file-hint"}
        />
      </Field>
      {state && !state.ok && !state.fieldErrors?.file ? <FormMessage result={state} /> : null}
      {state?.ok && !localError ? <FormMessage result={state} success="证明材料已上传" /> : null}
      <SubmitButton pending={pending} pendingText="正在上传…" variant="secondary">
        上传
      </SubmitButton>
    </form>
  );
}
