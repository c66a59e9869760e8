"use client";

import Link from "next/link";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm, type FormAction } from "@/components/ui/use-action-form";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { PERSON_DATE_MIN } from "@/lib/dates";

import { TemporaryPassword } from "./temporary-password";

type Values = {
  id?: string;
  realName?: string;
  username?: string;
  employeeNo?: string;
  email?: string | null;
  phone?: string | null;
  departmentId?: string | null;
  position?: string;
  birthYear?: number;
  gender?: string;
  partyMember?: boolean;
  prosecutor?: boolean;
  joinedAt?: string;
  roles?: Role[];
};
type Created = { temporaryPassword?: string; realName?: string; username?: string };

/** The birth-year range lib/admin/schemas.ts accepts (aged 16 to 80 this year). */
const thisYear = new Date().getFullYear();

export function UserForm({
  action,
  values = {},
  departments,
}: {
  action: FormAction<Created> | FormAction<{ id: string }>;
  values?: Values;
  departments: { id: string; name: string }[];
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(action);
  const created = state?.ok && !values.id && "temporaryPassword" in state.data ? state.data : null;
  if (created?.temporaryPassword) {
    return (
      <div className="space-y-3">
        <p className="text-sm">
          已创建账户 <b>{created.realName}</b>（{created.username}）。
        </p>
        <TemporaryPassword password={created.temporaryPassword} />
        <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
          返回用户列表
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field
          label="姓名"
          name="realName"
          defaultValue={values.realName}
          required
          maxLength={32}
          error={e.realName}
        />
        <Field
          label="用户名"
          name="username"
          defaultValue={values.username}
          required
          maxLength={32}
          error={e.username}
          hint="小写字母开头，用于登录"
        />
        <Field
          label="工号"
          name="employeeNo"
          defaultValue={values.employeeNo}
          required
          maxLength={20}
          error={e.employeeNo}
        />
        <SelectField
          label="部门"
          name="departmentId"
          defaultValue={values.departmentId ?? ""}
          placeholder="（未分配）"
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          error={e.departmentId}
        />
        <Field
          label="职务"
          name="position"
          defaultValue={values.position}
          maxLength={32}
          error={e.position}
        />
        <Field
          label="出生年份"
          name="birthYear"
          type="number"
          inputMode="numeric"
          min={thisYear - 80}
          max={thisYear - 16}
          defaultValue={values.birthYear}
          required
          error={e.birthYear}
          hint="用于划分老、中、青年龄层"
        />
        <SelectField
          label="性别"
          name="gender"
          defaultValue={values.gender ?? "U"}
          options={[
            { value: "M", label: "男" },
            { value: "F", label: "女" },
            { value: "U", label: "未填写" },
          ]}
          error={e.gender}
        />
        <Field
          label="入职日期"
          name="joinedAt"
          type="date"
          min={PERSON_DATE_MIN}
          defaultValue={values.joinedAt}
          error={e.joinedAt}
        />
        <Field
          label="邮箱"
          name="email"
          type="email"
          defaultValue={values.email ?? ""}
          maxLength={100}
          error={e.email}
        />
        <Field
          label="电话"
          name="phone"
          defaultValue={values.phone ?? ""}
          maxLength={20}
          error={e.phone}
        />
      </div>
      <div className="flex flex-wrap gap-6 text-sm">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" name="partyMember" defaultChecked={values.partyMember} /> 中共党员
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" name="prosecutor" defaultChecked={values.prosecutor} /> 入额检察官
        </label>
      </div>
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">角色</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {ROLES.map((r) => {
            const post = r === "DEPT_HEAD" || r === "LIAISON";
            return (
              <label
                key={r}
                className={`inline-flex items-center gap-2 ${post ? "text-slate-500" : ""}`}
              >
                <input
                  type="checkbox"
                  name={post ? undefined : "roles[]"}
                  value={r}
                  disabled={post}
                  defaultChecked={values.roles ? values.roles.includes(r) : r === "STAFF"}
                />{" "}
                {ROLE_LABELS[r]}
              </label>
            );
          })}
        </div>
        <p className="mt-2 text-xs text-slate-500">
          系统管理员、安全审计员不得兼任其他角色（三权分立）。业务人员均自动具有“干警”角色。“部门负责人”“信息员”随部门管理中的任职自动授予。修改角色会使该用户重新登录。
        </p>
        {e.roles ? (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {e.roles}
          </p>
        ) : null}
      </fieldset>
      <FormMessage result={state} success="已保存" />
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingText="正在保存…">
          {values.id ? "保存修改" : "创建账户"}
        </SubmitButton>
        <Link href="/admin/users" className="self-center text-sm text-slate-600 hover:underline">
          取消
        </Link>
      </div>
    </form>
  );
}
