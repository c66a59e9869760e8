"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { AttendeePicker, type DepartmentMembers } from "@/components/ui/attendee-picker";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createEssayCall, updateEssayCall } from "@/lib/culture/essays/actions";
import { MAX_CRITERIA } from "@/lib/culture/essays/schemas";

export type CallValues = {
  id?: string;
  title: string;
  theme: string;
  rules: string;
  opensAt: string;
  closesAt: string;
  criteria: string[];
  judgeIds: string[];
  columnId: string;
};

export const EMPTY_CALL: CallValues = {
  title: "",
  theme: "",
  rules: "",
  opensAt: "",
  closesAt: "",
  criteria: ["思想性", "真实性", "文采"],
  judgeIds: [],
  columnId: "",
};

/** Creates a call (everyone is notified) or edits one whose results are not yet out. */
export function CallForm({
  values = EMPTY_CALL,
  departments,
  columns,
  criteriaLocked = false,
}: {
  values?: CallValues;
  departments: DepartmentMembers[];
  columns: { id: string; name: string }[];
  criteriaLocked?: boolean;
}) {
  const router = useRouter();
  const editing = !!values.id;
  const {
    state,
    onSubmit,
    pending,
    fieldErrors: e,
  } = useActionForm(editing ? updateEssayCall : createEssayCall);
  useEffect(() => {
    if (state?.ok) router.push(`/culture/essays/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      {editing ? <input type="hidden" name="id" value={values.id} /> : null}
      <Field
        label="征文名称"
        name="title"
        maxLength={80}
        defaultValue={values.title}
        error={e.title}
        placeholder="如：我眼中的梁溪检察"
        required
      />
      <TextareaField
        label="主题"
        name="theme"
        rows={2}
        maxLength={500}
        defaultValue={values.theme}
        error={e.theme}
        required
      />
      <TextareaField
        label="征文规则（可选）"
        name="rules"
        rows={5}
        maxLength={4000}
        defaultValue={values.rules}
        error={e.rules}
        hint="如字数、体裁、每人限投一篇等"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="开始时间"
          name="opensAt"
          type="datetime-local"
          defaultValue={values.opensAt}
          error={e.opensAt}
          required
        />
        <Field
          label="截止时间"
          name="closesAt"
          type="datetime-local"
          defaultValue={values.closesAt}
          error={e.closesAt}
          hint="截止后不能再提交或修改作品，评委开始评分"
          required
        />
      </div>
      <TextareaField
        label="评分标准（每行一项）"
        name="criteria"
        rows={4}
        maxLength={200}
        counter={false}
        defaultValue={values.criteria.join("\n")}
        error={e.criteria}
        readOnly={criteriaLocked}
        hint={
          criteriaLocked
            ? "已有评分，评分标准不能再修改"
            : `每项由评委打 1–10 分，最多 ${MAX_CRITERIA} 项`
        }
      />
      <AttendeePicker
        legend="评委"
        departments={departments}
        initial={values.judgeIds}
        error={e.judgeIds}
      />
      <p className="text-xs text-slate-500">
        评委和政治处在征文截止后评分；评委不评本人作品（回避），结果公布前看不到作者姓名。
      </p>
      <SelectField
        label="获奖作品发布专栏（可选）"
        name="columnId"
        defaultValue={values.columnId}
        options={columns.map((c) => ({ value: c.id, label: c.name }))}
        placeholder="不发布"
        error={e.columnId}
      />
      <FormMessage result={state} success={editing ? "已保存" : "征文已发布，已通知全院干警"} />
      <SubmitButton pending={pending} pendingText="正在保存…">
        {editing ? "保存修改" : "发布征文"}
      </SubmitButton>
    </form>
  );
}
