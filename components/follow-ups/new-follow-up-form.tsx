"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createFollowUp } from "@/lib/follow-ups/actions";
import { NOTE_MAX, TITLE_MAX } from "@/lib/follow-ups/schemas";

import { AssigneeSelect, PrioritySelect, type AssigneeOption } from "./assignee-select";

export function NewFollowUpForm({
  departments,
  assignees,
  today,
}: {
  departments: { id: string; name: string }[];
  assignees: AssigneeOption[];
  today: string;
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(createFollowUp);
  const router = useRouter();
  const createdId = state?.ok ? state.data.id : null;
  useEffect(() => {
    if (createdId) router.push(`/follow-ups/${createdId}`);
  }, [createdId, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field
        label="督办事项"
        name="title"
        required
        maxLength={TITLE_MAX}
        error={e.title}
        hint="简要写明要办的事，如“组织第三检察部青年干警谈心谈话”"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="涉及部门"
          name="departmentId"
          defaultValue=""
          placeholder="（不限部门）"
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          error={e.departmentId}
        />
        <AssigneeSelect options={assignees} error={e.assigneeId} />
        <Field label="办结期限" name="dueDate" type="date" min={today} required error={e.dueDate} />
        <PrioritySelect error={e.priority} />
      </div>
      <TextareaField
        name="note"
        maxLength={NOTE_MAX}
        label="督办要求"
        error={e.note}
        hint="不超过 2000 字，加密保存"
      />
      <FormMessage result={state} success="已创建，正在打开…" />
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingText="正在创建…">
          创建并交办
        </SubmitButton>
        <Link href="/follow-ups" className="self-center text-sm text-slate-600 hover:underline">
          取消
        </Link>
      </div>
    </form>
  );
}
