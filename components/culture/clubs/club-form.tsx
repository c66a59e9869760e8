"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { AttendeePicker, type DepartmentMembers } from "@/components/ui/attendee-picker";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createClub } from "@/lib/culture/clubs/actions";

/** 政治处 founds a club and names its first officers (they then run it). */
export function ClubForm({ departments }: { departments: DepartmentMembers[] }) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(createClub);
  useEffect(() => {
    if (state?.ok) router.push(`/culture/clubs/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="新建社团">
      <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
        <Field label="社团名称" name="name" required maxLength={40} error={e.name} />
        <Field label="成立日期" name="foundedOn" type="date" required error={e.foundedOn} />
      </div>
      <div className="max-w-2xl">
        <TextareaField
          label="社团章程"
          name="charter"
          required
          rows={8}
          maxLength={4000}
          error={e.charter}
        />
      </div>
      <AttendeePicker
        departments={departments}
        initial={[]}
        legend="负责人（可多选，负责审批入社申请、组织活动、登记考勤和填写社团日志）"
        name="officerIds"
        error={e.officerIds}
      />
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在创建…">
        创建社团
      </SubmitButton>
    </form>
  );
}
