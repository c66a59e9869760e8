"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm, type FormAction } from "@/components/ui/use-action-form";
import { GOAL_STATUS_LABELS, GOAL_STATUSES } from "@/lib/direction/labels";
import { LIMITS } from "@/lib/direction/schemas";

type Values = { id?: string; year?: number; title?: string; description?: string; status?: string };

export function GoalForm({
  action,
  values = {},
  defaultYear,
}: {
  action: FormAction<{ id: string; year: number }>;
  values?: Values;
  defaultYear: number;
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(action);
  const router = useRouter();
  const savedYear = state?.ok ? state.data.year : null;
  useEffect(() => {
    if (savedYear) router.push(`/direction?year=${savedYear}`);
  }, [savedYear, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-4">
        <Field
          label="年度"
          name="year"
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          defaultValue={values.year ?? defaultYear}
          required
          error={e.year}
        />
        <div className="sm:col-span-3">
          <Field
            label="目标名称"
            name="title"
            defaultValue={values.title}
            required
            maxLength={LIMITS.goalTitle}
            error={e.title}
            placeholder="例如：站在新起点、踏上新征程、迈上新台阶"
          />
        </div>
      </div>
      <SelectField
        label="状态"
        name="status"
        defaultValue={values.status ?? "PLANNED"}
        options={GOAL_STATUSES.map((s) => ({ value: s, label: GOAL_STATUS_LABELS[s] }))}
        error={e.status}
      />
      <TextareaField
        label="目标说明"
        name="description"
        defaultValue={values.description}
        maxLength={LIMITS.goalDescription}
        rows={5}
        error={e.description}
        hint="目标的具体内涵、工作举措和衡量标准"
      />
      <FormMessage result={state} success="已保存，正在返回…" />
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingText="正在保存…">
          {values.id ? "保存修改" : "创建目标"}
        </SubmitButton>
        <Link href="/direction" className="self-center text-sm text-slate-600 hover:underline">
          取消
        </Link>
      </div>
    </form>
  );
}
