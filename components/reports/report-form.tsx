"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm, type FormAction } from "@/components/ui/use-action-form";
import {
  CONCERN_KIND_LABELS,
  CONCERN_KINDS,
  MOOD_LABELS,
  STABILITY,
  STABILITY_LABELS,
} from "@/lib/reports/schemas";

type Concern = { personId: string; kind: string; description: string; suggestion: string };
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
}: {
  action: FormAction<{ id: string }>;
  values?: Values;
  topics: { id: string; name: string }[];
  members: { id: string; realName: string; position: string }[];
  periods?: { key: string; label: string; due: string }[];
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(action);
  const [kind, setKind] = useState<"PERIODIC" | "ADHOC">(values.kind ?? "PERIODIC");
  const [concerns, setConcerns] = useState<Concern[]>(values.concerns ?? []);
  const editing = Boolean(values.id);

  useEffect(() => {
    if (state?.ok) router.push(`/reports/${state.data.id}`);
  }, [state, router]);

  const update = (i: number, patch: Partial<Concern>) =>
    setConcerns((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));

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
            defaultValue={periods?.[0]?.key ?? ""}
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

      <section
        aria-labelledby="concerns-h"
        className="rounded-md border border-amber-200 bg-amber-50/50 p-3"
      >
        <div className="flex items-center justify-between gap-2">
          <h3 id="concerns-h" className="text-sm font-semibold text-slate-800">
            需关注人员（保密，加密存储）
          </h3>
          <button
            type="button"
            className={`${buttonClass.secondary} px-3 py-1`}
            onClick={() =>
              setConcerns((cs) => [
                ...cs,
                { personId: "", kind: "MOOD", description: "", suggestion: "" },
              ])
            }
          >
            添加关注人员
          </button>
        </div>
        {concerns.length === 0 ? (
          <p className="mt-2 text-xs text-slate-500">本期如无需关注人员，可不填写。</p>
        ) : null}
        <input type="hidden" name="concerns" value={JSON.stringify(concerns)} />
        {e.concerns ? (
          <p role="alert" className="mt-2 text-xs text-red-600">
            {e.concerns}
          </p>
        ) : null}
        <ol className="mt-2 space-y-3">
          {concerns.map((c, i) => (
            <li key={i} className="rounded-md border border-slate-200 bg-white p-3">
              <div className="grid gap-3 sm:grid-cols-2">
                <label className="text-sm">
                  <span className="mb-1 block text-slate-700">关注人员 {i + 1}</span>
                  <select
                    className={inputClass}
                    value={c.personId}
                    onChange={(ev) => update(i, { personId: ev.target.value })}
                    aria-invalid={e[`concerns.${i}.personId`] ? true : undefined}
                  >
                    <option value="">请选择本部门人员</option>
                    {members.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.realName}
                        {m.position ? `（${m.position}）` : ""}
                      </option>
                    ))}
                  </select>
                  {e[`concerns.${i}.personId`] ? (
                    <span role="alert" className="text-xs text-red-600">
                      {e[`concerns.${i}.personId`]}
                    </span>
                  ) : null}
                </label>
                <label className="text-sm">
                  <span className="mb-1 block text-slate-700">关注类型</span>
                  <select
                    className={inputClass}
                    value={c.kind}
                    onChange={(ev) => update(i, { kind: ev.target.value })}
                  >
                    {CONCERN_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {CONCERN_KIND_LABELS[k]}
                      </option>
                    ))}
                  </select>
                </label>
                {/* No name: the concerns travel as JSON in the hidden field above. */}
                <div className="sm:col-span-2">
                  <TextareaField
                    label="情况描述"
                    id={`f-concern-${i}-description`}
                    rows={2}
                    maxLength={1000}
                    value={c.description}
                    onChange={(ev) => update(i, { description: ev.target.value })}
                    error={e[`concerns.${i}.description`]}
                  />
                </div>
                <div className="sm:col-span-2">
                  <TextareaField
                    label="建议措施"
                    id={`f-concern-${i}-suggestion`}
                    rows={2}
                    maxLength={500}
                    value={c.suggestion}
                    onChange={(ev) => update(i, { suggestion: ev.target.value })}
                    error={e[`concerns.${i}.suggestion`]}
                  />
                </div>
              </div>
              <button
                type="button"
                className="mt-2 text-xs text-red-700 hover:underline"
                onClick={() => setConcerns((cs) => cs.filter((_, j) => j !== i))}
              >
                移除
              </button>
            </li>
          ))}
        </ol>
      </section>

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
