"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/attachments/types";
import { uploadPhoto } from "@/lib/culture/album/actions";

const ACCEPT = ".jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp";
const MAX_FILES = 20;

type Outcome = { name: string; ok: boolean; message: string };

/**
 * Uploads one or more photos, one request each (a request carries at most
 * one 10 MB file), with the progress and each file's outcome. The server
 * checks every file's bytes; the size check here only saves a pointless wait.
 */
export function PhotoUpload({ albumId }: { albumId: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const files = [...((el.elements.namedItem("file") as HTMLInputElement).files ?? [])];
    const caption = (el.elements.namedItem("caption") as HTMLInputElement).value;
    setOutcomes([]);
    if (files.length === 0) return setError(UPLOAD_MESSAGES.missing);
    if (files.length > MAX_FILES) return setError(`一次最多上传 ${MAX_FILES} 张照片`);
    setError(null);
    const results: Outcome[] = [];
    setBusy({ done: 0, total: files.length });
    for (const [i, file] of files.entries()) {
      let outcome: Outcome;
      if (file.size > MAX_UPLOAD_BYTES)
        outcome = { name: file.name, ok: false, message: UPLOAD_MESSAGES.tooLarge };
      else {
        const fd = new FormData();
        fd.set("albumId", albumId);
        fd.set("file", file);
        fd.set("caption", caption);
        try {
          const r = await uploadPhoto(null, fd);
          outcome = r.ok
            ? { name: file.name, ok: true, message: "已上传，待政治处审核后发布" }
            : { name: file.name, ok: false, message: r.fieldErrors?.file ?? r.message };
        } catch {
          // The request itself failed (e.g. refused by the server as too large).
          outcome = { name: file.name, ok: false, message: "上传失败，请检查文件大小后重试" };
        }
      }
      results.push(outcome);
      setOutcomes([...results]);
      setBusy({ done: i + 1, total: files.length });
    }
    setBusy(null);
    if (results.every((r) => r.ok)) form.current?.reset();
    if (results.some((r) => r.ok)) router.refresh();
  };

  return (
    <form ref={form} onSubmit={submit} className="space-y-3" noValidate>
      <Field
        label="选择照片"
        name="file"
        error={error ?? undefined}
        hint="JPEG、PNG 或 WebP，可一次选择多张，每张不超过 10 MB；上传时将去除拍摄设备、地点等元数据"
      >
        <input
          id="f-file"
          name="file"
          type="file"
          multiple
          accept={ACCEPT}
          className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "f-file-err" : "f-file-hint"}
        />
      </Field>
      <Field label="照片说明（可选，用于本次上传的每张照片）" name="caption" maxLength={200} />
      <SubmitButton
        pending={busy !== null}
        pendingText={
          busy
            ? `正在上传 ${busy.done + 1 > busy.total ? busy.total : busy.done + 1}/${busy.total}…`
            : undefined
        }
      >
        上传照片
      </SubmitButton>
      {busy ? (
        <progress
          className="block h-2 w-full"
          max={busy.total}
          value={busy.done}
          aria-label="上传进度"
        />
      ) : null}
      {outcomes.length > 0 ? (
        <ul aria-live="polite" className="space-y-1 text-sm">
          {outcomes.map((o, i) => (
            <li
              key={`${o.name}-${i}`}
              role={o.ok ? "status" : "alert"}
              className={o.ok ? "text-green-700" : "text-red-600"}
            >
              {o.name}：{o.message}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
