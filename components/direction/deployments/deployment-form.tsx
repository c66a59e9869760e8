"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import type { DepartmentMembers } from "@/components/ui/attendee-picker";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm, type FormAction } from "@/components/ui/use-action-form";
import { meetingTypeLabel } from "@/lib/direction/labels";
import { LIMITS } from "@/lib/direction/schemas";

type Row = {
  key: number;
  departmentId: string;
  ownerId: string;
  dueDate: string;
  existing?: boolean;
  reported?: boolean;
};
export type DeploymentFormValues = {
  id?: string;
  title?: string;
  description?: string;
  goalId?: string | null;
  meetingId?: string | null;
  assignments?: { departmentId: string; ownerId: string; dueDate: string; reported?: boolean }[];
};
type GoalOption = { id: string; year: number; title: string };
type MeetingOption = { id: string; type: string; title: string; heldAt: string };

export function DeploymentForm({
  action,
  values = {},
  departments,
  goals,
  meetings,
}: {
  action: FormAction<{ id: string }>;
  values?: DeploymentFormValues;
  departments: DepartmentMembers[];
  goals: GoalOption[];
  meetings: MeetingOption[];
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(action);
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>(() =>
    values.assignments?.length
      ? values.assignments.map((a, i) => ({ key: i, ...a, existing: !!values.id }))
      : [{ key: 0, departmentId: "", ownerId: "", dueDate: "" }],
  );
  const [nextKey, setNextKey] = useState(rows.length);
  useEffect(() => {
    if (state?.ok) router.push(`/direction/deployments/${state.data.id}`);
  }, [state, router]);

  const byId = new Map(departments.map((d) => [d.id, d]));
  const update = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    setRows((rs) => [
      ...rs,
      { key: nextKey, departmentId: "", ownerId: "", dueDate: rs[rs.length - 1]?.dueDate ?? "" },
    ]);
    setNextKey((k) => k + 1);
  };
  const years = [...new Set(goals.map((g) => g.year))];
  const cancel = values.id ? `/direction/deployments/${values.id}` : "/direction";

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <Field
        label="事项名称"
        name="title"
        defaultValue={values.title}
        required
        maxLength={LIMITS.deploymentTitle}
        error={e.title}
        placeholder="例如：开展未入额干警谈心谈话"
      />
      <TextareaField
        label="事项说明"
        name="description"
        defaultValue={values.description}
        maxLength={LIMITS.deploymentDescription}
        rows={4}
        error={e.description}
        hint="工作要求、完成标准和报送要求"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="来源年度目标" name="goalId" error={e.goalId} hint="可不选">
          <select
            id="f-goalId"
            name="goalId"
            defaultValue={values.goalId ?? ""}
            aria-invalid={e.goalId ? true : undefined}
            className={inputClass}
          >
            <option value="">（不关联年度目标）</option>
            {years.map((y) => (
              <optgroup key={y} label={`${y} 年`}>
                {goals
                  .filter((g) => g.year === y)
                  .map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field label="来源会议（决定事项）" name="meetingId" error={e.meetingId} hint="可不选">
          <select
            id="f-meetingId"
            name="meetingId"
            defaultValue={values.meetingId ?? ""}
            aria-invalid={e.meetingId ? true : undefined}
            className={inputClass}
          >
            <option value="">（不关联会议）</option>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.heldAt} {meetingTypeLabel(m.type)}：{m.title}
              </option>
            ))}
          </select>
        </Field>
      </div>

      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">
          指派部门{" "}
          <span className="text-red-600" aria-hidden>
            *
          </span>
        </legend>
        <p className="mb-3 text-xs text-slate-500">
          每个部门指定一名本部门在岗人员为责任人，并设截止日期。保存后系统通知责任人；部门负责人、信息员或责任人报送落实进展。
        </p>
        <ol className="space-y-3">
          {rows.map((r, i) => {
            const dept = byId.get(r.departmentId);
            const err = (f: string) => e[`assignments.${i}.${f}`];
            return (
              <li
                key={r.key}
                className="grid items-start gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-[2fr_2fr_1.4fr_auto]"
              >
                {r.existing ? (
                  <div className="space-y-1">
                    <span className="block text-sm font-medium text-slate-700">部门 {i + 1}</span>
                    <input type="hidden" name="assignmentDepartmentId[]" value={r.departmentId} />
                    <p className="py-2 text-sm">{dept?.name ?? "（部门已撤销）"}</p>
                  </div>
                ) : (
                  <Field
                    label={`部门 ${i + 1}`}
                    name="assignmentDepartmentId"
                    id={`a-${r.key}-dept`}
                    error={err("departmentId")}
                  >
                    <select
                      id={`a-${r.key}-dept`}
                      name="assignmentDepartmentId[]"
                      value={r.departmentId}
                      onChange={(ev) => {
                        const d = byId.get(ev.target.value);
                        const head =
                          d?.headId && d.members.some((m) => m.id === d.headId) ? d.headId : "";
                        update(r.key, { departmentId: ev.target.value, ownerId: head });
                      }}
                      aria-invalid={err("departmentId") ? true : undefined}
                      className={inputClass}
                    >
                      <option value="">请选择部门</option>
                      {departments.map((d) => (
                        <option key={d.id} value={d.id} disabled={d.members.length === 0}>
                          {d.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                )}
                <Field
                  label="责任人"
                  name="assignmentOwnerId"
                  id={`a-${r.key}-owner`}
                  error={err("ownerId")}
                >
                  <select
                    id={`a-${r.key}-owner`}
                    name="assignmentOwnerId[]"
                    value={r.ownerId}
                    onChange={(ev) => update(r.key, { ownerId: ev.target.value })}
                    aria-invalid={err("ownerId") ? true : undefined}
                    className={inputClass}
                  >
                    <option value="">{dept ? "请选择责任人" : "请先选择部门"}</option>
                    {dept && !dept.members.some((m) => m.id === r.ownerId) && r.ownerId ? (
                      <option value={r.ownerId}>（原责任人，已调离或停用）</option>
                    ) : null}
                    {dept?.members.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.realName}
                        {m.position ? `（${m.position}）` : ""}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field
                  label="截止日期"
                  name="assignmentDueDate[]"
                  id={`a-${r.key}-due`}
                  type="date"
                  value={r.dueDate}
                  onChange={(ev) => update(r.key, { dueDate: ev.target.value })}
                  error={err("dueDate")}
                />
                <div className="sm:pt-6">
                  <button
                    type="button"
                    onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    disabled={rows.length === 1 || r.reported}
                    title={r.reported ? "该部门已报送进展，不能移除" : undefined}
                    className={`${buttonClass.secondary} px-3 py-1`}
                  >
                    移除
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          onClick={add}
          disabled={rows.length >= LIMITS.assignments}
          className={`${buttonClass.secondary} mt-3 px-3 py-1`}
        >
          + 添加部门
        </button>
        {e.assignments ? (
          <p role="alert" className="mt-2 text-xs text-red-600">
            {e.assignments}
          </p>
        ) : null}
      </fieldset>

      <FormMessage result={state} success="已保存，正在打开部署事项…" />
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingText="正在保存…">
          {values.id ? "保存修改" : "下达部署"}
        </SubmitButton>
        <Link href={cancel} className="self-center text-sm text-slate-600 hover:underline">
          取消
        </Link>
      </div>
    </form>
  );
}
