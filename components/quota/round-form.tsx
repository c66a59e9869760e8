"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createQuotaRound, updateQuotaRound } from "@/lib/quota/actions";
import { DEFAULT_COMPONENTS } from "@/lib/quota/labels";
import { MAX_COMPONENTS } from "@/lib/quota/schemas";

type ComponentRow = { key: number; name: string; weight: string; maxScore: string };
export type RoundValues = {
  id?: string;
  title: string;
  description: string;
  places: number | "";
  registrationOpensAt: string;
  registrationClosesAt: string;
  components: { name: string; weight: number; maxScore: number }[];
};

export const EMPTY_ROUND: RoundValues = {
  title: "",
  description: "",
  places: "",
  registrationOpensAt: "",
  registrationClosesAt: "",
  components: DEFAULT_COMPONENTS.map((c) => ({ ...c })),
};

/** Creates a round, or edits one still in registration (its components are replaced as a whole). */
export function RoundForm({ values = EMPTY_ROUND }: { values?: RoundValues }) {
  const router = useRouter();
  const editing = !!values.id;
  const {
    state,
    onSubmit,
    pending,
    fieldErrors: e,
  } = useActionForm(editing ? updateQuotaRound : createQuotaRound);
  const [rows, setRows] = useState<ComponentRow[]>(() =>
    values.components.map((c, i) => ({
      key: i,
      name: c.name,
      weight: String(c.weight),
      maxScore: String(c.maxScore),
    })),
  );
  useEffect(() => {
    if (state?.ok) {
      if (editing) router.refresh();
      else router.push(`/quota/${state.data.id}`);
    }
  }, [state, router, editing]);
  const sum = rows.reduce((s, r) => s + (Number(r.weight) || 0), 0);
  const set = (key: number, patch: Partial<ComponentRow>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      {editing ? <input type="hidden" name="id" value={values.id} /> : null}
      <Field
        label="遴选名称"
        name="title"
        maxLength={80}
        defaultValue={values.title}
        error={e.title}
        placeholder="如：第二批员额检察官遴选"
      />
      <TextareaField
        label="说明（可选）"
        name="description"
        error={e.description}
        rows={3}
        maxLength={1000}
        defaultValue={values.description}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="员额名额"
          name="places"
          type="number"
          min={1}
          max={500}
          defaultValue={values.places}
          error={e.places}
        />
        <Field
          label="报名开始日期"
          name="registrationOpensAt"
          type="date"
          defaultValue={values.registrationOpensAt}
          error={e.registrationOpensAt}
        />
        <Field
          label="报名截止日期"
          name="registrationClosesAt"
          type="date"
          defaultValue={values.registrationClosesAt}
          error={e.registrationClosesAt}
        />
      </div>
      <fieldset className="space-y-2" aria-describedby="components-sum">
        <legend className="text-sm font-medium text-slate-700">考核项目与权重</legend>
        <p className="text-xs text-slate-500">
          总成绩 = Σ 项目得分 ÷ 满分 × 权重（满分
          100）。同分时依次比较第一项、第二项成绩，再按报名先后排序。
        </p>
        <div className="space-y-2">
          {rows.map((r, i) => (
            <div
              key={r.key}
              className="grid grid-cols-[1fr_1fr_auto] items-start gap-2 border-b border-slate-100 pb-2 sm:grid-cols-[1fr_7rem_7rem_auto] sm:border-0 sm:pb-0"
            >
              <div className="col-span-3 sm:col-span-1">
                <label htmlFor={`c-name-${r.key}`} className="block text-xs text-slate-500">
                  项目名称
                </label>
                <input
                  id={`c-name-${r.key}`}
                  name="componentName[]"
                  value={r.name}
                  onChange={(ev) => set(r.key, { name: ev.target.value })}
                  maxLength={20}
                  className={inputClass}
                  aria-label={`第 ${i + 1} 项名称`}
                  aria-invalid={e[`components.${i}.name`] ? true : undefined}
                />
                {e[`components.${i}.name`] ? (
                  <p role="alert" className="text-xs text-red-600">
                    {e[`components.${i}.name`]}
                  </p>
                ) : null}
              </div>
              <div>
                <label htmlFor={`c-weight-${r.key}`} className="block text-xs text-slate-500">
                  权重 %
                </label>
                <input
                  id={`c-weight-${r.key}`}
                  name="componentWeight[]"
                  type="number"
                  min={1}
                  max={100}
                  value={r.weight}
                  onChange={(ev) => set(r.key, { weight: ev.target.value })}
                  className={inputClass}
                  aria-label={`第 ${i + 1} 项（${r.name || "未命名"}）权重`}
                  aria-invalid={e[`components.${i}.weight`] || e.components ? true : undefined}
                />
                {e[`components.${i}.weight`] ? (
                  <p role="alert" className="text-xs text-red-600">
                    {e[`components.${i}.weight`]}
                  </p>
                ) : null}
              </div>
              <div>
                <label htmlFor={`c-max-${r.key}`} className="block text-xs text-slate-500">
                  满分
                </label>
                <input
                  id={`c-max-${r.key}`}
                  name="componentMaxScore[]"
                  type="number"
                  min={1}
                  max={1000}
                  value={r.maxScore}
                  onChange={(ev) => set(r.key, { maxScore: ev.target.value })}
                  className={inputClass}
                  aria-label={`第 ${i + 1} 项（${r.name || "未命名"}）满分`}
                  aria-invalid={e[`components.${i}.maxScore`] ? true : undefined}
                />
                {e[`components.${i}.maxScore`] ? (
                  <p role="alert" className="text-xs text-red-600">
                    {e[`components.${i}.maxScore`]}
                  </p>
                ) : null}
              </div>
              <div className="pt-5">
                <button
                  type="button"
                  className={`${buttonClass.secondary} px-2 py-2`}
                  disabled={rows.length <= 1}
                  onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                  aria-label={`删除第 ${i + 1} 项`}
                >
                  删除
                </button>
              </div>
            </div>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={buttonClass.secondary}
            disabled={rows.length >= MAX_COMPONENTS}
            onClick={() =>
              setRows((rs) => [
                ...rs,
                {
                  key: Math.max(-1, ...rs.map((x) => x.key)) + 1,
                  name: "",
                  weight: "",
                  maxScore: "100",
                },
              ])
            }
          >
            添加考核项目
          </button>
          <span
            id="components-sum"
            className={`text-sm ${sum === 100 ? "text-green-700" : "text-amber-700"}`}
          >
            当前权重合计 {sum}%{sum === 100 ? "" : "（须为 100%）"}
          </span>
        </div>
        {e.components ? (
          <p role="alert" className="text-sm text-red-600">
            {e.components}
          </p>
        ) : null}
      </fieldset>
      <FormMessage result={state} success={editing ? "已保存" : undefined} />
      <SubmitButton pending={pending} pendingText="正在保存…">
        {editing ? "保存修改" : "创建遴选"}
      </SubmitButton>
    </form>
  );
}
