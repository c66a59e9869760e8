"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { openHonourBatch } from "@/lib/appraisal/honours/actions";
import { GRADE_LABELS, GRADES } from "@/lib/appraisal/labels";

const TITLES = ["业务标兵", "业务能手", "岗位能手", "优秀共产党员", "优秀党务工作者"];

/** 政治处 opens a 评先评优 batch on an archived cycle: the honour, its level, the quota and the eligible grades. */
export function OpenBatchForm({
  cycleId,
  levels,
}: {
  cycleId: string;
  levels: { value: string; label: string }[];
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(openHonourBatch);
  useEffect(() => {
    if (state?.ok) router.push(`/appraisal/${cycleId}/honours/${state.data.id}`);
  }, [state, router, cycleId]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="cycleId" value={cycleId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id="hb-title"
          label="批次名称"
          name="title"
          maxLength={60}
          placeholder="如：年度院级岗位能手评选"
          error={e.title}
          required
        />
        <Field
          id="hb-honour"
          label="荣誉称号"
          name="honourTitle"
          maxLength={30}
          list="hb-honour-titles"
          placeholder="业务标兵 / 业务能手 / 岗位能手 …"
          error={e.honourTitle}
          required
        />
        <datalist id="hb-honour-titles">
          {TITLES.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <SelectField
          id="hb-level"
          label="荣誉级别"
          name="level"
          defaultValue="COURT"
          options={levels}
          error={e.level}
        />
        <Field
          id="hb-quota"
          label="名额"
          name="quota"
          type="number"
          min={1}
          max={500}
          inputMode="numeric"
          defaultValue="1"
          error={e.quota}
          required
        />
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">可推荐的考评等次</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {GRADES.map((g) => (
            <label key={g} className="inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                name="eligibleGrades[]"
                value={g}
                defaultChecked={g === "EXCELLENT"}
                aria-invalid={e.eligibleGrades ? true : undefined}
              />{" "}
              {GRADE_LABELS[g]}
            </label>
          ))}
        </div>
        {e.eligibleGrades ? (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {e.eligibleGrades}
          </p>
        ) : null}
      </fieldset>
      <FormMessage result={state} success="已开启评先评优批次。" />
      <SubmitButton pending={pending} pendingText="正在开启…">
        开启评先评优
      </SubmitButton>
    </form>
  );
}
