"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { AGE_LAYER_LABELS, AGE_LAYERS } from "@/lib/people/age";
import { createTalkCampaign } from "@/lib/talks/actions";
import { CAMPAIGN_SCOPE_LABELS, CAMPAIGN_SCOPES, type CampaignScope } from "@/lib/talks/labels";

type Option = { id: string; label: string };

export function CampaignForm({
  departments,
  people,
  quotaRounds = [],
}: {
  departments: { id: string; name: string }[];
  people: Option[];
  quotaRounds?: Option[];
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(createTalkCampaign);
  const [scope, setScope] = useState<CampaignScope>("ALL");
  useEffect(() => {
    if (state?.ok) router.push(`/talks/campaigns/${state.data.id}`);
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate>
      <Field label="计划名称" name="title" maxLength={80} error={e.title} />
      <TextareaField
        label="说明（可选）"
        name="description"
        error={e.description}
        rows={2}
        maxLength={500}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="开始日期" name="startsOn" type="date" error={e.startsOn} />
        <Field label="结束日期" name="endsOn" type="date" error={e.endsOn} />
      </div>
      <SelectField
        label="谈话范围"
        name="scopeType"
        value={scope}
        onChange={(ev) => setScope(ev.target.value as CampaignScope)}
        options={CAMPAIGN_SCOPES.map((s) => ({ value: s, label: CAMPAIGN_SCOPE_LABELS[s] }))}
        error={e.scopeType}
      />
      {scope === "DEPARTMENTS" ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-700">部门</legend>
          <div className="grid gap-1 sm:grid-cols-3">
            {departments.map((d) => (
              <label key={d.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="departmentIds[]" value={d.id} className="h-4 w-4" />
                {d.name}
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
      {scope === "AGE_LAYER" ? (
        <SelectField
          label="年龄层"
          name="ageLayer"
          placeholder="请选择"
          options={AGE_LAYERS.map((l) => ({ value: l, label: AGE_LAYER_LABELS[l] }))}
          error={e.ageLayer}
        />
      ) : null}
      {scope === "FOCUS_GROUP" ? (
        <SelectField
          label="从入额遴选未入额人员导入"
          name="quotaRoundId"
          placeholder="不导入"
          options={quotaRounds.map((r) => ({ value: r.id, label: r.label }))}
          error={e.quotaRoundId}
        />
      ) : null}
      {scope === "FOCUS_GROUP" ? (
        <Field label="重点人员（可多选，按住 Ctrl 选择）" name="userIds" error={e.userIds}>
          <select
            id="f-userIds"
            name="userIds[]"
            multiple
            size={10}
            className={inputClass}
            aria-invalid={e.userIds ? true : undefined}
          >
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <p className="text-xs text-slate-500">
        创建时按范围锁定人员名单（仅在职干警），之后可为人员分配谈话人。
      </p>
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在创建…">
        创建谈话计划
      </SubmitButton>
    </form>
  );
}
