"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { createAppraisalCycle } from "@/lib/appraisal/cycles/actions";

type Option = { value: string; label: string };

/** 政治处 creates a 草稿 cycle from a template, or by copying an earlier cycle's indicators. */
export function CreateCycleForm({
  templates,
  cycles,
  year,
}: {
  templates: Option[];
  cycles: Option[];
  year: number;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(createAppraisalCycle);
  useEffect(() => {
    if (state?.ok) router.push(`/appraisal/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <Field
        label="周期名称"
        name="title"
        maxLength={60}
        defaultValue={`${year} 年度工作人员绩效考评`}
        error={e.title}
      />
      <Field
        label="考评年度"
        name="year"
        type="number"
        min={2015}
        max={2100}
        defaultValue={year}
        error={e.year}
      />
      <SelectField
        label="考评期"
        name="half"
        error={e.half}
        options={[
          { value: "", label: "全年" },
          { value: "1", label: "上半年" },
          { value: "2", label: "下半年" },
        ]}
      />
      <SelectField
        label="考评模板"
        name="templateId"
        placeholder="（不使用模板）"
        error={e.templateId}
        options={templates}
      />
      <SelectField
        label="或复制往年周期"
        name="copyFromId"
        placeholder="（不复制）"
        error={e.copyFromId}
        options={cycles}
      />
      <div className="flex items-end">
        <SubmitButton pending={pending} pendingText="正在创建…">
          创建考评周期
        </SubmitButton>
      </div>
      <div className="sm:col-span-2 lg:col-span-3">
        <FormMessage result={state} />
      </div>
    </form>
  );
}
