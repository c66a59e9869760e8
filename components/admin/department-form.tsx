"use client";

import Link from "next/link";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm, type FormAction } from "@/components/ui/use-action-form";

type Person = { id: string; realName: string; position: string };
type Values = {
  id?: string;
  name?: string;
  code?: string;
  sortOrder?: number;
  headId?: string | null;
  liaisonId?: string | null;
  leaderId?: string | null;
};

export function DepartmentForm({
  action,
  values = {},
  members,
  leaders,
}: {
  action: FormAction;
  values?: Values;
  members: Person[];
  leaders: Person[];
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(action);
  const opts = (people: Person[]) =>
    people.map((p) => ({
      value: p.id,
      label: p.position ? `${p.realName}（${p.position}）` : p.realName,
    }));
  if (state?.ok && !values.id) {
    return (
      <div className="space-y-2 text-sm">
        <p role="status">部门已创建。请将人员调入该部门后，再回来设置部门负责人和信息员。</p>
        <Link href="/admin/departments" className="text-brand-700 hover:underline">
          返回部门列表
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="部门名称"
          name="name"
          defaultValue={values.name}
          required
          maxLength={40}
          error={e.name}
        />
        <Field
          label="部门代码"
          name="code"
          defaultValue={values.code}
          required
          maxLength={16}
          error={e.code}
          hint="大写字母、数字或下划线"
        />
        <Field
          label="排序"
          name="sortOrder"
          type="number"
          defaultValue={values.sortOrder ?? 0}
          error={e.sortOrder}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {values.id ? (
          <>
            <SelectField
              label="部门负责人"
              name="headId"
              defaultValue={values.headId ?? ""}
              placeholder="（未设置）"
              options={opts(members)}
              error={e.headId}
            />
            <SelectField
              label="思想政治工作信息员"
              name="liaisonId"
              defaultValue={values.liaisonId ?? ""}
              placeholder="（未设置）"
              options={opts(members)}
              error={e.liaisonId}
            />
          </>
        ) : null}
        <SelectField
          label="分管院领导"
          name="leaderId"
          defaultValue={values.leaderId ?? ""}
          placeholder="（未设置）"
          options={opts(leaders)}
          error={e.leaderId}
        />
      </div>
      {values.id ? (
        <p className="text-xs text-slate-500">
          负责人、信息员从本部门在职人员中选择；设置后系统自动授予“部门负责人”“信息员”角色，原任者的该角色随之收回。
        </p>
      ) : null}
      <FormMessage result={state} success="已保存" />
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingText="正在保存…">
          {values.id ? "保存修改" : "创建部门"}
        </SubmitButton>
        <Link
          href="/admin/departments"
          className="self-center text-sm text-slate-600 hover:underline"
        >
          取消
        </Link>
      </div>
    </form>
  );
}
