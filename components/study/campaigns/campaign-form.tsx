"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createStudyCampaign } from "@/lib/study/campaigns/actions";

export function CampaignForm() {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(createStudyCampaign);
  useEffect(() => {
    if (state?.ok) router.push(`/study/campaigns/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field
        label="专题名称"
        name="title"
        maxLength={80}
        required
        placeholder="如：两学一做学习教育"
        error={e.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="开始日期" name="startsOn" type="date" required error={e.startsOn} />
        <Field label="结束日期" name="endsOn" type="date" required error={e.endsOn} />
      </div>
      <TextareaField
        label="专题说明（可选）"
        name="description"
        rows={2}
        maxLength={500}
        error={e.description}
      />
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在创建…">
        创建专题
      </SubmitButton>
    </form>
  );
}
