"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { AttendeePicker, type DepartmentMembers } from "@/components/ui/attendee-picker";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm, type FormAction } from "@/components/ui/use-action-form";
import { MEETING_TYPE_LABELS, MEETING_TYPES } from "@/lib/direction/labels";
import { LIMITS } from "@/lib/direction/schemas";

type Values = {
  id?: string;
  type?: string;
  title?: string;
  heldAt?: string;
  minutes?: string;
  decisions?: string;
  attendeeIds?: string[];
};

export function MeetingForm({
  action,
  values = {},
  departments,
}: {
  action: FormAction<{ id: string }>;
  values?: Values;
  departments: DepartmentMembers[];
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(action);
  const [type, setType] = useState(values.type ?? "DANGZU");
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(`/direction/meetings/${state.data.id}`);
  }, [state, router]);
  const cancel = values.id ? `/direction/meetings/${values.id}` : "/direction/meetings";
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-4">
        <SelectField
          label="会议类型"
          name="type"
          value={type}
          onChange={(ev) => setType(ev.target.value)}
          options={MEETING_TYPES.map((t) => ({ value: t, label: MEETING_TYPE_LABELS[t] }))}
          error={e.type}
        />
        <div className="sm:col-span-2">
          <Field
            label="会议名称"
            name="title"
            defaultValue={values.title}
            required
            maxLength={LIMITS.meetingTitle}
            error={e.title}
            placeholder="例如：区院合并动员大会"
          />
        </div>
        <Field
          label="会议日期"
          name="heldAt"
          type="date"
          defaultValue={values.heldAt}
          required
          error={e.heldAt}
        />
      </div>
      <AttendeePicker
        departments={departments}
        initial={values.attendeeIds ?? []}
        highlightAll={type === "QUANYUAN"}
        error={e.attendeeIds}
      />
      <TextareaField
        label="会议纪要"
        name="minutes"
        defaultValue={values.minutes}
        maxLength={LIMITS.minutes}
        rows={8}
        error={e.minutes}
        hint={`会议议程、主要发言和讨论情况，不超过 ${LIMITS.minutes} 字`}
      />
      <TextareaField
        label="决定事项"
        name="decisions"
        defaultValue={values.decisions}
        maxLength={LIMITS.decisions}
        rows={5}
        error={e.decisions}
        hint="每条决定另起一行。保存后可据此新建部署事项，分解到部门落实"
      />
      <FormMessage result={state} success="已保存，正在打开会议…" />
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingText="正在保存…">
          {values.id ? "保存修改" : "保存会议"}
        </SubmitButton>
        <Link href={cancel} className="self-center text-sm text-slate-600 hover:underline">
          取消
        </Link>
      </div>
    </form>
  );
}
