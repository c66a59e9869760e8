"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createCultureEvent } from "@/lib/culture/events/actions";
import { EVENT_TYPE_LABELS, EVENT_TYPES } from "@/lib/culture/events/schemas";

/**
 * A new event: a 集体活动 (政治处, no club) or a club's event (its officers,
 * `clubId` set). An empty 名额 means no limit; with one, registrations beyond
 * it go to the waiting list.
 */
export function EventForm({ clubId }: { clubId?: string }) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(createCultureEvent);
  useEffect(() => {
    if (state?.ok) router.push(`/culture/events/${state.data.id}`);
  }, [state, router]);
  const types = clubId
    ? EVENT_TYPES.filter((t) => t === "READING" || t === "LECTURE" || t === "OTHER")
    : EVENT_TYPES;
  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-4" aria-label="发布活动">
      {clubId ? <input type="hidden" name="clubId" value={clubId} /> : null}
      <SelectField
        label="活动类型"
        name="type"
        required
        error={e.type}
        placeholder="请选择"
        options={types.map((t) => ({ value: t, label: EVENT_TYPE_LABELS[t] }))}
      />
      <Field label="活动名称" name="title" required maxLength={80} error={e.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="开始时间" name="startsAt" type="datetime-local" required error={e.startsAt} />
        <Field label="结束时间" name="endsAt" type="datetime-local" error={e.endsAt} />
        <Field
          label="报名截止时间"
          name="registrationClosesAt"
          type="datetime-local"
          hint="不填则报名到活动开始时截止"
          error={e.registrationClosesAt}
        />
        <Field
          label="名额"
          name="capacity"
          type="number"
          min={1}
          max={10000}
          hint="不填为不限名额；报满后再报名的进入候补名单"
          error={e.capacity}
        />
      </div>
      <Field label="活动地点" name="location" maxLength={100} error={e.location} />
      <TextareaField label="活动说明" name="description" maxLength={2000} error={e.description} />
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在发布…">
        发布活动
      </SubmitButton>
    </form>
  );
}
