"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createAlbum } from "@/lib/culture/album/actions";

/** 政治处 creates an album, optionally for a culture event that has none yet. */
export function AlbumForm({ events }: { events: { value: string; label: string }[] }) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors } = useActionForm(createAlbum);
  useEffect(() => {
    if (state?.ok) router.push(`/culture/albums/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
      <Field label="相册名称" name="title" required maxLength={60} error={fieldErrors.title} />
      <SelectField
        label="关联活动（可选）"
        name="eventId"
        placeholder={events.length ? "不关联活动" : "暂无未建相册的活动"}
        options={events}
        error={fieldErrors.eventId}
      />
      <Field
        label="活动日期（可选）"
        name="eventOn"
        type="date"
        hint="关联活动时默认取活动开始日期"
        error={fieldErrors.eventOn}
      />
      <TextareaField
        label="相册说明（可选）"
        name="description"
        rows={3}
        maxLength={500}
        error={fieldErrors.description}
      />
      {state && !state.ok ? <FormMessage result={state} /> : null}
      <SubmitButton pending={pending} pendingText="正在创建…">
        创建相册
      </SubmitButton>
    </form>
  );
}
