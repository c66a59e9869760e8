"use client";

import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { linkFenxiMeeting } from "@/lib/analysis-report/actions";

/** 政治处 links the 思想状况分析会 (FENXI meeting) that discussed the report. */
export function MeetingLink({
  reportId,
  meetings,
}: {
  reportId: string;
  meetings: { id: string; label: string }[];
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(linkFenxiMeeting);
  if (meetings.length === 0)
    return (
      <p className="text-xs text-slate-500">
        暂无可关联的思想状况分析会（在党组引航中登记会议，类型选“思想状况分析会”）。
      </p>
    );
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3 print:hidden" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      <div className="min-w-64">
        <SelectField
          label="关联思想状况分析会"
          name="meetingId"
          options={meetings.map((m) => ({ value: m.id, label: m.label }))}
          error={e.meetingId}
        />
      </div>
      <SubmitButton pending={pending} pendingText="正在关联…">
        关联
      </SubmitButton>
      <FormMessage result={state} success="已关联" />
    </form>
  );
}
