"use client";

import { ActionButton } from "@/components/ui/action-button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { returnReport, reviewReport } from "@/lib/reports/actions";

/** The department head's decision on a submitted report. */
export function ReviewPanel({ id }: { id: string }) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(returnReport);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="space-y-2">
        <p className="text-sm text-slate-600">
          内容无误，审阅通过。报告中的关注人员将自动转政治处督办。
        </p>
        <ActionButton
          action={reviewReport}
          fields={{ id }}
          label="审阅通过"
          variant="primary"
          confirm="确认审阅通过该报告？"
          success={() => <span className="text-sm text-green-700">已审阅</span>}
        />
      </div>
      <form onSubmit={onSubmit} className="space-y-2" noValidate>
        <input type="hidden" name="id" value={id} />
        <TextareaField label="退回意见" name="comment" error={e.comment} rows={3} maxLength={500} />
        <FormMessage result={state} success="已退回信息员修改" />
        <SubmitButton variant="secondary" pending={pending}>
          退回修改
        </SubmitButton>
      </form>
    </div>
  );
}
