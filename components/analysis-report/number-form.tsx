"use client";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { editAnalysisNumber } from "@/lib/analysis-report/actions";

/** The 文号 of a draft. */
export function NumberForm({ reportId, number }: { reportId: string; number: string | null }) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(editAnalysisNumber);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3 print:hidden" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      <div className="w-64">
        <Field
          label="文号"
          name="number"
          defaultValue={number ?? ""}
          maxLength={40}
          error={e.number}
        />
      </div>
      <SubmitButton pending={pending} pendingText="正在保存…">
        保存文号
      </SubmitButton>
      <FormMessage result={state} success="已保存" />
    </form>
  );
}
