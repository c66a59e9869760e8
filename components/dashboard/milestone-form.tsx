"use client";

import Link from "next/link";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { createMilestone, updateMilestone } from "@/lib/dashboard/milestone-actions";
import { MILESTONE_KIND_KEYS, MILESTONE_KINDS } from "@/lib/dashboard/milestones";

type Values = { id: string; label: string; kind: string; from: string; to: string };

/**
 * Creates a 改革节点, or edits `values` when given; 取消编辑 returns to
 * `listHref`, the list as it was (page, sort, filters, search).
 */
export function MilestoneForm({ values, listHref }: { values?: Values; listHref: string }) {
  const {
    state,
    onSubmit,
    pending,
    fieldErrors: e,
  } = useActionForm(values ? updateMilestone : createMilestone);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate key={values?.id ?? "new"}>
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-4">
        <Field
          label="名称"
          name="label"
          defaultValue={values?.label}
          required
          maxLength={40}
          error={e.label}
          hint="如“第二批入额遴选”“区院合并”"
        />
        <SelectField
          label="类型"
          name="kind"
          defaultValue={values?.kind ?? "REFORM"}
          options={MILESTONE_KIND_KEYS.map((k) => ({ value: k, label: MILESTONE_KINDS[k] }))}
          error={e.kind}
        />
        <Field
          label="起始月份"
          name="fromMonth"
          type="month"
          defaultValue={values?.from}
          required
          error={e.fromMonth}
        />
        <Field
          label="结束月份"
          name="toMonth"
          type="month"
          defaultValue={values?.to}
          required
          error={e.toMonth}
        />
      </div>
      <FormMessage result={state} success={values ? "已保存" : "已添加"} />
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingText="正在保存…">
          {values ? "保存修改" : "添加改革节点"}
        </SubmitButton>
        {values ? (
          <Link href={listHref} className="self-center text-sm text-slate-600 hover:underline">
            取消编辑
          </Link>
        ) : null}
      </div>
    </form>
  );
}
