"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createPulseRound } from "@/lib/pulse/actions";
import { MAX_QUESTIONS, MIN_QUESTIONS, QUESTION_MAX, STANDARD_QUESTIONS } from "@/lib/pulse/labels";

/** 政治处 sets up a round: window, 3–8 statements on a 1–5 scale, optional comment. */
export function RoundForm({ today, twoWeeks }: { today: string; twoWeeks: string }) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(createPulseRound);
  // Stable keys, so deleting a row keeps the others' typed text in place.
  const [rows, setRows] = useState<{ key: number; text: string }[]>(() =>
    STANDARD_QUESTIONS.map((text, i) => ({ key: i, text })),
  );
  const [nextKey, setNextKey] = useState<number>(STANDARD_QUESTIONS.length);
  useEffect(() => {
    if (state?.ok) router.push("/pulse");
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <Field
        label="测评名称"
        name="title"
        maxLength={60}
        error={e.title}
        placeholder="如：2026年第四季度干警思想状况测评"
      />
      <TextareaField
        label="说明（可选）"
        name="description"
        rows={2}
        maxLength={500}
        error={e.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="开始日期" name="opensOn" type="date" defaultValue={today} error={e.opensOn} />
        <Field
          label="结束日期（含当日）"
          name="closesOn"
          type="date"
          defaultValue={twoWeeks}
          error={e.closesOn}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">
          题目（{MIN_QUESTIONS}–{MAX_QUESTIONS} 道）
        </legend>
        <p className="text-xs text-slate-500">
          每道题写成陈述句，干警按 1–5 分作答（1 很不同意 … 5 很同意），5
          分应为最积极的状态。例如问工作压力，写“我的工作压力在可承受的范围内”，不要写“我的工作压力很大”。空行不计入。
        </p>
        <ol className="space-y-2">
          {rows.map((r, i) => (
            <li key={r.key} className="flex items-center gap-2">
              <label htmlFor={`q-${r.key}`} className="w-16 shrink-0 text-sm text-slate-600">
                第 {i + 1} 题
              </label>
              <input
                id={`q-${r.key}`}
                name="questions[]"
                value={r.text}
                maxLength={QUESTION_MAX}
                className={inputClass}
                onChange={(ev) =>
                  setRows(rows.map((x) => (x.key === r.key ? { ...x, text: ev.target.value } : x)))
                }
              />
              <button
                type="button"
                className={`${buttonClass.link} shrink-0 whitespace-nowrap disabled:text-slate-400 disabled:no-underline`}
                disabled={rows.length <= MIN_QUESTIONS}
                onClick={() => setRows(rows.filter((x) => x.key !== r.key))}
                aria-label={`删除第 ${i + 1} 题`}
              >
                删除
              </button>
            </li>
          ))}
        </ol>
        {rows.length < MAX_QUESTIONS ? (
          <button
            type="button"
            className={`${buttonClass.secondary} px-3 py-1`}
            onClick={() => {
              setRows([...rows, { key: nextKey, text: "" }]);
              setNextKey(nextKey + 1);
            }}
          >
            添加题目
          </button>
        ) : null}
        {e.questions ? (
          <p role="alert" className="text-xs text-red-600">
            {e.questions}
          </p>
        ) : null}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="allowComment" defaultChecked className="h-4 w-4" />
        允许干警填写意见建议（可选，加密保存；作答满5人才显示）
      </label>
      <p className="text-xs text-slate-500">
        创建时以全院在职干警人数作为参与率的基数。创建后不能修改题目和时间；进行中的测评可以提前结束。
      </p>
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在创建…">
        创建测评
      </SubmitButton>
    </form>
  );
}
