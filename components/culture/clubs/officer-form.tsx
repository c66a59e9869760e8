"use client";

import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { setClubOfficer } from "@/lib/culture/clubs/actions";

/** 政治处 appoints one of the club's active members as an officer. */
export function OfficerForm({
  clubId,
  members,
}: {
  clubId: string;
  members: { userId: string; realName: string; department: string }[];
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(setClubOfficer);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" aria-label="指定负责人">
      <input type="hidden" name="clubId" value={clubId} />
      <input type="hidden" name="officer" value="on" />
      <div className="min-w-56">
        <SelectField
          label="指定负责人"
          name="userId"
          required
          placeholder="选择在册成员"
          error={e.userId}
          options={members.map((m) => ({
            value: m.userId,
            label: `${m.realName}（${m.department}）`,
          }))}
        />
      </div>
      <SubmitButton pending={pending} pendingText="正在保存…">
        指定
      </SubmitButton>
      <FormMessage result={state} success="已指定" />
    </form>
  );
}
