"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { ActionButton } from "@/components/ui/action-button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { approveStudyLog, returnStudyLog } from "@/lib/study/log/actions";
import { COMMENT_MAX } from "@/lib/study/log/schemas";

/** The reviewer's decision: approve, or return with a required comment. */
export function LogReviewPanel({ id }: { id: string }) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(returnStudyLog);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div className="space-y-2">
        <p className="text-sm text-slate-600">
          内容属实、时长合理，审核通过后计入学习时长和积分，并通知本人。
        </p>
        <ActionButton
          action={async (prev, fd) => {
            const res = await approveStudyLog(prev, fd);
            if (res.ok) router.refresh();
            return res;
          }}
          fields={{ id }}
          label="审核通过"
          variant="primary"
          confirm="确认审核通过该学习记录？"
          success={() => <span className="text-sm text-green-700">已通过</span>}
        />
      </div>
      <form onSubmit={onSubmit} className="space-y-2" noValidate>
        <input type="hidden" name="id" value={id} />
        <TextareaField
          label="退回意见"
          name="comment"
          rows={3}
          maxLength={COMMENT_MAX}
          error={e.comment}
          hint="必填，本人将看到该意见并据此修改"
        />
        <FormMessage result={state} success="已退回本人修改" />
        <SubmitButton variant="secondary" pending={pending}>
          退回修改
        </SubmitButton>
      </form>
    </div>
  );
}
