"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm, type FormAction } from "@/components/ui/use-action-form";
import { MOOD_LABELS, STABILITY, STABILITY_LABELS } from "@/lib/reports/schemas";

import { ConcernsEditor, type Concern } from "./concerns-editor";

type Values = {
  id?: string;
  kind?: "PERIODIC" | "ADHOC";
  title?: string;
  mood?: number;
  stability?: string;
  summary?: string;
  topicIds?: string[];
  concerns?: Concern[];
};

export function ReportForm({
  action,
  values = {},
  topics,
  members,
  periods,
  defaultPeriod,
}: {
  action: FormAction<{ id: string }>;
  values?: Values;
  topics: { id: string; name: string }[];
  members: { id: string; realName: string; position: string }[];
  periods?: { key: string; label: string; due: string }[];
  /** The period selected at first; the form's page picks the earliest unfiled one. */
  defaultPeriod?: string;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(action);
  const [kind, setKind] = useState<"PERIODIC" | "ADHOC">(values.kind ?? "PERIODIC");
  const editing = Boolean(values.id);

  useEffect(() => {
    if (state?.ok) router.push(`/reports/${state.data.id}`);
  }, [state, router]);

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {editing ? <input type="hidden" name="id" value={values.id} /> : null}
      {!editing ? (
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-700">报告类型</legend>
          <div className="flex gap-6 text-sm">
            <label className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="kind"
                value="PERIODIC"
                checked={kind === "PERIODIC"}
                onChange={() => setKind("PERIODIC")}
              />{" "}
              定期报告
            </label>
            <label className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="kind"
                value="ADHOC"
                checked={kind === "ADHOC"}
                onChange={() => setKind("ADHOC")}
              />{" "}
              即时报告（突发情况）
            </label>
          </div>
        </fieldset>
      ) : null}
      {!editing && kind === "PERIODIC" ? (
        <Field label="报告周期" name="periodKey" error={e.periodKey}>
          <select
            id="f-periodKey"
            name="periodKey"
            className={inputClass}
            aria-invalid={e.periodKey ? true : undefined}
            defaultValue={defaultPeriod ?? periods?.[0]?.key ?? ""}
          >
            {periods?.length ? null : <option value="">（近一年的周期均已填报）</option>}
            {periods?.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label}（截止 {p.due}）
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {kind === "ADHOC" ? (
        <Field
          label="标题"
          name="title"
          defaultValue={values.title}
          maxLength={60}
          error={e.title}
        />
      ) : null}

      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">
          整体情绪（1 低落 – 5 高涨）
        </legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {[1, 2, 3, 4, 5].map((m) => (
            <label key={m} className="inline-flex items-center gap-1.5">
              <input type="radio" name="mood" value={m} defaultChecked={values.mood === m} /> {m}{" "}
              {MOOD_LABELS[m]}
            </label>
          ))}
        </div>
        {e.mood ? (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {e.mood}
          </p>
        ) : null}
      </fieldset>

      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">稳定性判断</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {STABILITY.map((s) => (
            <label key={s} className="inline-flex items-center gap-1.5">
              <input
                type="radio"
                name="stability"
                value={s}
                defaultChecked={values.stability === s}
              />{" "}
              {STABILITY_LABELS[s]}
            </label>
          ))}
        </div>
        {e.stability ? (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {e.stability}
          </p>
        ) : null}
      </fieldset>

      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">热点话题</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {topics.map((t) => (
            <label key={t.id} className="inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                name="topicIds[]"
                value={t.id}
                defaultChecked={values.topicIds?.includes(t.id)}
              />{" "}
              {t.name}
            </label>
          ))}
        </div>
        {e.topicIds ? (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {e.topicIds}
          </p>
        ) : null}
      </fieldset>

      <TextareaField
        label="情况综述"
        name="summary"
        error={e.summary}
        rows={5}
        maxLength={3000}
        defaultValue={values.summary}
      />

      <ConcernsEditor initial={values.concerns ?? []} members={members} errors={e} />

      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在保存…">
        {editing ? "保存修改" : "保存草稿"}
      </SubmitButton>
      <p className="text-xs text-slate-500">
        保存后可在报告页面提交给部门负责人审阅；提交后不能再修改，被退回后方可修改并重新提交。
      </p>
    </form>
  );
}
