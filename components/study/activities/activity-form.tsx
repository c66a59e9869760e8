"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { AttendeePicker, type DepartmentMembers } from "@/components/ui/attendee-picker";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createStudyActivity, updateStudyActivity } from "@/lib/study/activities/actions";
import {
  ACTIVITY_SCOPE_LABELS,
  ACTIVITY_SCOPES,
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  EDUCATION_THEME_LABELS,
  EDUCATION_THEMES,
  type ActivityScope,
  type ActivityType,
} from "@/lib/study/types";

type Option = { id: string; label: string };
/** The activity being edited; its scope is not editable. */
export type EditedActivity = {
  id: string;
  campaignId: string | null;
  type: ActivityType;
  theme: string | null;
  title: string;
  heldAt: string;
  location: string;
  organiserId: string;
  description: string;
};

export function ActivityForm({
  campaigns,
  organisers,
  departments,
  defaultCampaignId,
  activity,
}: {
  campaigns: Option[];
  organisers: Option[];
  departments: DepartmentMembers[];
  defaultCampaignId?: string;
  activity?: EditedActivity;
}) {
  const router = useRouter();
  const {
    state,
    onSubmit,
    pending,
    fieldErrors: e,
  } = useActionForm(activity ? updateStudyActivity : createStudyActivity);
  const [type, setType] = useState<ActivityType | "">(activity?.type ?? "");
  const [scope, setScope] = useState<ActivityScope>("ALL");
  useEffect(() => {
    if (state?.ok) router.push(`/study/activities/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      {activity ? <input type="hidden" name="id" value={activity.id} /> : null}
      <SelectField
        label="所属专题（可选）"
        name="campaignId"
        defaultValue={activity ? (activity.campaignId ?? "") : (defaultCampaignId ?? "")}
        placeholder="不属于任何专题"
        options={campaigns.map((c) => ({ value: c.id, label: c.label }))}
        error={e.campaignId}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="活动类型"
          name="type"
          value={type}
          onChange={(ev) => setType(ev.target.value as ActivityType)}
          placeholder="请选择"
          options={ACTIVITY_TYPES.map((t) => ({ value: t, label: ACTIVITY_TYPE_LABELS[t] }))}
          error={e.type}
        />
        {type === "EDUCATION" ? (
          <SelectField
            label="教育主题"
            name="theme"
            defaultValue={activity?.theme ?? ""}
            placeholder="请选择"
            options={EDUCATION_THEMES.map((t) => ({ value: t, label: EDUCATION_THEME_LABELS[t] }))}
            error={e.theme}
          />
        ) : null}
      </div>
      <Field
        label="活动名称"
        name="title"
        maxLength={80}
        required
        defaultValue={activity?.title}
        error={e.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="活动时间"
          name="heldAt"
          type="datetime-local"
          required
          defaultValue={activity?.heldAt}
          error={e.heldAt}
        />
        <Field
          label="活动地点（可选）"
          name="location"
          maxLength={100}
          defaultValue={activity?.location}
          error={e.location}
        />
      </div>
      <SelectField
        label="组织人"
        name="organiserId"
        defaultValue={activity?.organiserId ?? ""}
        placeholder="请选择"
        options={organisers.map((o) => ({ value: o.id, label: o.label }))}
        error={e.organiserId}
      />
      {activity ? null : (
        <>
          <SelectField
            label="参加范围"
            name="scopeType"
            value={scope}
            onChange={(ev) => setScope(ev.target.value as ActivityScope)}
            options={ACTIVITY_SCOPES.map((s) => ({ value: s, label: ACTIVITY_SCOPE_LABELS[s] }))}
            error={e.scopeType}
          />
          {scope === "DEPARTMENTS" ? (
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium text-slate-700">参加部门</legend>
              <div className="grid gap-1 sm:grid-cols-3">
                {departments.map((d) => (
                  <label key={d.id} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="departmentIds[]"
                      value={d.id}
                      className="h-4 w-4"
                    />
                    {d.name}（{d.members.length} 人）
                  </label>
                ))}
              </div>
              {e.departmentIds ? (
                <p role="alert" className="text-xs text-red-600">
                  {e.departmentIds}
                </p>
              ) : null}
            </fieldset>
          ) : null}
          {scope === "USERS" ? (
            <AttendeePicker departments={departments} initial={[]} error={e.attendeeIds} />
          ) : null}
        </>
      )}
      <TextareaField
        label="活动说明（可选）"
        name="description"
        rows={3}
        maxLength={1000}
        defaultValue={activity?.description}
        error={e.description}
      />
      <p className="text-xs text-slate-500">
        {activity
          ? "参加范围和应到人员在创建时已锁定，不能修改。改动时间或地点后，系统会通知每位应到人员。"
          : "创建时按参加范围锁定应到人员（仅在职干警），并向每位应到人员发送通知。"}
      </p>
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText={activity ? "正在保存…" : "正在创建…"}>
        {activity ? "保存修改" : "创建学习活动"}
      </SubmitButton>
    </form>
  );
}
