"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { submitEssayEntry } from "@/lib/culture/essays/actions";
import { ENTRY_BODY_MAX } from "@/lib/culture/essays/schemas";

/** Submits the viewer's entry, or revises it while the call is open. */
export function EntryForm({
  callId,
  entry,
}: {
  callId: string;
  entry: { id: string; title: string; body: string; fileName: string | null } | null;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(submitEssayEntry);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate encType="multipart/form-data">
      <input type="hidden" name="callId" value={callId} />
      {entry ? <input type="hidden" name="entryId" value={entry.id} /> : null}
      <Field
        label="作品标题"
        name="title"
        maxLength={80}
        defaultValue={entry?.title ?? ""}
        error={e.title}
        required
      />
      <TextareaField
        label="正文"
        name="body"
        rows={12}
        maxLength={ENTRY_BODY_MAX}
        defaultValue={entry?.body ?? ""}
        error={e.body}
        hint="可直接填写正文，也可以上传 Word（DOCX）或 PDF 文件，二者至少其一"
      />
      <Field label="作品文件（可选，DOCX/PDF，不超过 10 MB）" name="file" error={e.file}>
        <input
          id="f-file"
          name="file"
          type="file"
          accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={e.file ? true : undefined}
          className={inputClass}
        />
      </Field>
      {entry?.fileName ? (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="removeFile" />
          删除已上传的文件“{entry.fileName}”（上传新文件会自动替换）
        </label>
      ) : null}
      <FormMessage
        result={state}
        success={state?.ok && state.data.revised ? "作品已修改" : "作品已提交"}
      />
      <SubmitButton pending={pending} pendingText="正在提交…">
        {entry ? "保存修改" : "提交作品"}
      </SubmitButton>
    </form>
  );
}
