"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createConductRecord, updateConductRecord } from "@/lib/conduct/actions";
import {
  CATEGORIES,
  CATEGORY_LABELS,
  HONOUR_TITLES,
  KIND_LABELS,
  KINDS_BY_CATEGORY,
  LEVEL_LABELS,
  LEVELS,
  SANCTION_CATEGORIES,
  SANCTION_LABELS,
  SEVERITIES,
  SEVERITY_LABELS,
  type Category,
} from "@/lib/conduct/labels";

type Option = { value: string; label: string };
export type RecordValues = {
  id?: string;
  category: Category;
  kind: string;
  severity: string;
  honourTitle: string;
  level: string;
  sanctionCategory: string;
  subjectType: "PERSON" | "DEPARTMENT";
  subjectUserId: string;
  subjectDepartmentId: string;
  occurredOn: string;
  issuer: string;
  docNo: string;
  title: string;
  description: string;
};

export const EMPTY_RECORD: RecordValues = {
  category: "COMMENDATION",
  kind: "HONOUR",
  severity: "",
  honourTitle: "",
  level: "",
  sanctionCategory: "",
  subjectType: "PERSON",
  subjectUserId: "",
  subjectDepartmentId: "",
  occurredOn: "",
  issuer: "本院",
  docNo: "",
  title: "",
  description: "",
};

const opts = (codes: readonly string[], labels: Record<string, string>): Option[] =>
  codes.map((c) => ({ value: c, label: labels[c] ?? c }));

/** Records a draft, or edits one; the category decides which fields apply. */
export function RecordForm({
  values = EMPTY_RECORD,
  people,
  departments,
}: {
  values?: RecordValues;
  people: Option[];
  departments: Option[];
}) {
  const router = useRouter();
  const editing = !!values.id;
  const {
    state,
    onSubmit,
    pending,
    fieldErrors: e,
  } = useActionForm(editing ? updateConductRecord : createConductRecord);
  const [category, setCategory] = useState<Category>(values.category);
  const [kind, setKind] = useState(values.kind);
  const [subjectType, setSubjectType] = useState(values.subjectType);
  useEffect(() => {
    if (state?.ok) router.push(`/conduct/${state.data.id}`);
  }, [state, router]);
  const kinds = KINDS_BY_CATEGORY[category] as readonly string[];
  const judicial = category === "JUDICIAL";
  const discipline = category === "DISCIPLINE";
  const onDepartment = judicial && subjectType === "DEPARTMENT";
  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      {editing ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="类别"
          name="category"
          value={category}
          error={e.category}
          options={opts(CATEGORIES, CATEGORY_LABELS)}
          onChange={(ev) => {
            const next = ev.target.value as Category;
            setCategory(next);
            setKind(KINDS_BY_CATEGORY[next][0]);
            if (next !== "JUDICIAL") setSubjectType("PERSON");
          }}
        />
        <SelectField
          label="类型"
          name="kind"
          value={kind}
          error={e.kind}
          options={opts(kinds, KIND_LABELS)}
          onChange={(ev) => setKind(ev.target.value)}
        />
        {judicial ? (
          <SelectField
            label="严重程度"
            name="severity"
            defaultValue={values.severity}
            error={e.severity}
            placeholder="请选择"
            options={opts(SEVERITIES, SEVERITY_LABELS)}
          />
        ) : null}
        {kind === "HONOUR" ? (
          <SelectField
            label="荣誉称号"
            name="honourTitle"
            defaultValue={values.honourTitle}
            error={e.honourTitle}
            placeholder="请选择"
            options={HONOUR_TITLES.map((t) => ({ value: t, label: t }))}
          />
        ) : null}
        {category === "COMMENDATION" || category === "INNOVATION" ? (
          <SelectField
            label="级别"
            name="level"
            defaultValue={values.level}
            error={e.level}
            placeholder="请选择"
            options={opts(LEVELS, LEVEL_LABELS)}
          />
        ) : null}
        {kind === "SANCTION" ? (
          <SelectField
            label="处分种类"
            name="sanctionCategory"
            defaultValue={values.sanctionCategory}
            error={e.sanctionCategory}
            placeholder="请选择"
            options={opts(SANCTION_CATEGORIES, SANCTION_LABELS)}
          />
        ) : null}
      </div>
      {judicial ? (
        <SelectField
          label="记录对象"
          name="subjectType"
          value={subjectType}
          error={e.subjectType}
          options={[
            { value: "PERSON", label: "个人" },
            { value: "DEPARTMENT", label: "部门（部门层面的规范司法问题）" },
          ]}
          onChange={(ev) => setSubjectType(ev.target.value as "PERSON" | "DEPARTMENT")}
        />
      ) : (
        <input type="hidden" name="subjectType" value="PERSON" />
      )}
      {onDepartment ? (
        <SelectField
          label="部门"
          name="subjectDepartmentId"
          defaultValue={values.subjectDepartmentId}
          error={e.subjectDepartmentId}
          placeholder="请选择部门"
          options={departments}
        />
      ) : (
        <SelectField
          label="人员"
          name="subjectUserId"
          defaultValue={values.subjectUserId}
          error={e.subjectUserId}
          placeholder="请选择人员"
          options={people}
        />
      )}
      {discipline ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          纪律处分记录保密：人员、标题、文号和说明加密保存，仅政治处、院领导和本人可见，每次查阅均记入审计日志。
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="日期"
          name="occurredOn"
          type="date"
          defaultValue={values.occurredOn}
          error={e.occurredOn}
        />
        <Field
          label="发文单位"
          name="issuer"
          maxLength={60}
          defaultValue={values.issuer}
          error={e.issuer}
          hint="本院，或上级院的名称"
        />
        <Field
          label="文号（可选）"
          name="docNo"
          maxLength={60}
          defaultValue={values.docNo}
          error={e.docNo}
          placeholder="如：锡检政〔2026〕12号"
        />
      </div>
      <Field
        label="标题"
        name="title"
        maxLength={100}
        defaultValue={values.title}
        error={e.title}
      />
      <TextareaField
        label="事实与说明（可选）"
        name="description"
        rows={5}
        maxLength={2000}
        defaultValue={values.description}
        error={e.description}
      />
      {state && !state.ok ? <FormMessage result={state} /> : null}
      <SubmitButton pending={pending} pendingText="正在保存…">
        {editing ? "保存修改" : "保存草稿"}
      </SubmitButton>
      <p className="text-xs text-slate-500">保存后为草稿，可补充证明材料；经确认后才计入考评。</p>
    </form>
  );
}
