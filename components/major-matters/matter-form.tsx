"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { PERSON_DATE_MIN } from "@/lib/dates";
import { fileMajorMatter } from "@/lib/major-matters/actions";
import { MATTER_CATEGORIES, MATTER_CATEGORY_LABELS } from "@/lib/major-matters/labels";

export function MatterForm() {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(fileMajorMatter);
  useEffect(() => {
    if (state?.ok) router.push(`/major-matters/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate>
      <SelectField
        label="事项类别"
        name="category"
        placeholder="请选择"
        options={MATTER_CATEGORIES.map((c) => ({ value: c, label: MATTER_CATEGORY_LABELS[c] }))}
        error={e.category}
      />
      <Field
        label="发生日期（可选）"
        name="occurredOn"
        type="date"
        min={PERSON_DATE_MIN}
        error={e.occurredOn}
      />
      <TextareaField
        label="事项内容"
        name="detail"
        error={e.detail}
        hint="加密保存，仅本人和政治处可见。"
        rows={6}
        maxLength={2000}
      />
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在提交…">
        提交报告
      </SubmitButton>
    </form>
  );
}
