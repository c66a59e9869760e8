"use client";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { addTopic, saveSchedule } from "@/lib/reports/actions";

export function ScheduleForm({ frequency, dueDay }: { frequency: string; dueDay: number }) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(saveSchedule);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="报告频次"
          name="frequency"
          defaultValue={frequency}
          options={[
            { value: "MONTHLY", label: "每月" },
            { value: "QUARTERLY", label: "每季度" },
          ]}
          error={e.frequency}
        />
        <Field
          label="截止日（次月/次季首月的第几天）"
          name="dueDay"
          type="number"
          min={1}
          max={28}
          defaultValue={dueDay}
          error={e.dueDay}
        />
      </div>
      <FormMessage result={state} success="已保存。新的周期按此设置生成，已有周期不变。" />
      <SubmitButton pending={pending}>保存设置</SubmitButton>
    </form>
  );
}

export function AddTopicForm() {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(addTopic);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <div className="w-56">
        <Field label="新话题" name="name" maxLength={20} error={e.name} />
      </div>
      <SubmitButton pending={pending} variant="secondary">
        添加
      </SubmitButton>
      <FormMessage result={state} success="已添加" />
    </form>
  );
}
