"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { draftAnalysisReport } from "@/lib/analysis-report/actions";

/** 政治处 drafts a report for a quarter or a range of days (at most a year). */
export function DraftForm({ quarters }: { quarters: { value: string; label: string }[] }) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(draftAnalysisReport);
  const [mode, setMode] = useState<"quarter" | "range">("quarter");
  useEffect(() => {
    if (state?.ok) router.push(`/analysis-reports/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <fieldset className="flex gap-6 text-sm">
        <legend className="mb-2 text-sm font-medium text-slate-700">统计区间</legend>
        {(
          [
            ["quarter", "按季度"],
            ["range", "自定义日期"],
          ] as const
        ).map(([v, label]) => (
          <label key={v} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name="mode"
              value={v}
              checked={mode === v}
              onChange={() => setMode(v)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {mode === "quarter" ? (
        <SelectField
          label="季度"
          name="quarter"
          options={quarters}
          defaultValue={quarters[1]?.value}
          error={e.quarter}
        />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="开始日期" name="from" type="date" required error={e.from} />
          <Field
            label="结束日期"
            name="to"
            type="date"
            required
            error={e.to}
            hint="含当日；区间不超过一年"
          />
        </div>
      )}
      <Field
        label="文号"
        name="number"
        maxLength={40}
        error={e.number}
        hint="如 检政〔2026〕12号，可稍后填写"
      />
      <FormMessage result={state} success="已生成草稿，正在打开…" />
      <SubmitButton pending={pending} pendingText="正在根据数据起草…">
        生成报告草稿
      </SubmitButton>
    </form>
  );
}
