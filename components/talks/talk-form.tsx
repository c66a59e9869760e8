"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { recordTalk } from "@/lib/talks/actions";
import { TALK_OCCASION_LABELS, TALK_OCCASIONS } from "@/lib/talks/labels";

type Option = { id: string; label: string };

export function TalkForm({
  interviewees,
  interviewers,
  campaignsByMember,
  today,
  selfId,
  initialIntervieweeId,
}: {
  interviewees: Option[];
  /** Only for 政治处, who may record on another interviewer's behalf. */
  interviewers: Option[] | null;
  campaignsByMember: Record<string, { id: string; title: string }[]>;
  today: string;
  selfId: string;
  initialIntervieweeId?: string;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(recordTalk);
  const [intervieweeId, setIntervieweeId] = useState(initialIntervieweeId ?? "");
  const campaigns = campaignsByMember[intervieweeId] ?? [];
  useEffect(() => {
    if (state?.ok) router.push(`/talks/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate>
      <SelectField
        label="谈话对象"
        name="intervieweeId"
        placeholder="请选择"
        value={intervieweeId}
        onChange={(ev) => setIntervieweeId(ev.target.value)}
        options={interviewees.map((o) => ({ value: o.id, label: o.label }))}
        error={e.intervieweeId}
      />
      {interviewers ? (
        <SelectField
          label="谈话人"
          name="interviewerId"
          defaultValue={selfId}
          options={interviewers.map((o) => ({ value: o.id, label: o.label }))}
          error={e.interviewerId}
        />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="谈话日期"
          name="heldOn"
          type="date"
          max={today}
          defaultValue={today}
          error={e.heldOn}
        />
        <SelectField
          label="谈话类型"
          name="occasion"
          placeholder="请选择"
          options={TALK_OCCASIONS.map((c) => ({ value: c, label: TALK_OCCASION_LABELS[c] }))}
          error={e.occasion}
        />
      </div>
      <SelectField
        label="所属谈话计划（可选）"
        name="campaignId"
        placeholder={campaigns.length ? "不计入谈话计划" : "该干警不在进行中的谈话计划内"}
        options={campaigns.map((c) => ({ value: c.id, label: c.title }))}
        error={e.campaignId}
      />
      <Field
        label="谈话主题（可选）"
        name="topics"
        maxLength={100}
        hint="几个关键词，用逗号或空格分隔，如：入额，家庭"
        error={e.topics}
      />
      <TextareaField
        label="谈话内容"
        name="notes"
        error={e.notes}
        hint="加密保存，仅谈话人、政治处和院领导可见；谈话对象本人不可见。"
        rows={7}
        maxLength={3000}
      />
      <TextareaField
        label="反映的问题与诉求（可选）"
        name="concerns"
        error={e.concerns}
        rows={3}
        maxLength={1000}
      />
      <div className="flex items-center gap-2">
        <input
          id="f-needsFollowUp"
          type="checkbox"
          name="needsFollowUp"
          className="h-4 w-4 rounded border-slate-300"
        />
        <label htmlFor="f-needsFollowUp" className="text-sm text-slate-700">
          需要后续跟进
        </label>
      </div>
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在保存…">
        保存谈话记录
      </SubmitButton>
    </form>
  );
}
