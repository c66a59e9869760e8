"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { FormMessage } from "@/components/ui/form-message";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveAppraisalIndicators } from "@/lib/appraisal/cycles/actions";
import {
  CATEGORY_LABELS,
  INDICATOR_TYPE_LABELS,
  INDICATOR_TYPES,
  TARGET_LABELS,
  TARGETS,
  type Category,
} from "@/lib/appraisal/labels";
import { AUTO_RULE_KEYS, AUTO_RULES } from "@/lib/appraisal/rules";
import { SCORER_KINDS, SCORER_LABELS } from "@/lib/appraisal/template";

type Ind = {
  name: string;
  description: string;
  weight: number | string;
  target: string;
  type: string;
  rule: string | null;
  scorer: string | null;
};
export type EditorCategory = { category: string; weight: number | string; indicators: Ind[] };

const NEW_INDICATOR: Ind = {
  name: "",
  description: "",
  weight: 0,
  target: "INDIVIDUAL",
  type: "MANUAL",
  rule: null,
  scorer: "DEPT_HEAD",
};
const sum = (xs: { weight: number | string }[]) =>
  xs.reduce((s, x) => s + (Number(x.weight) || 0), 0);

function Err({ msg }: { msg?: string }) {
  return msg ? (
    <p role="alert" className="text-xs text-red-600">
      {msg}
    </p>
  ) : null;
}

/** Edits the whole indicator set of a cycle in 草稿/指标设置 and saves it as one definition. */
export function IndicatorEditor({
  cycleId,
  initial,
}: {
  cycleId: string;
  initial: EditorCategory[];
}) {
  const router = useRouter();
  const { state, submit, pending, fieldErrors: e } = useActionForm(saveAppraisalIndicators);
  const [cats, setCats] = useState(initial);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const setInd = (ci: number, ii: number, patch: Partial<Ind>) =>
    setCats((cs) =>
      cs.map((c, i) =>
        i !== ci
          ? c
          : { ...c, indicators: c.indicators.map((x, j) => (j === ii ? { ...x, ...patch } : x)) },
      ),
    );
  const onSubmit = (ev: React.FormEvent) => {
    ev.preventDefault();
    const definition = {
      categories: cats.map((c) => ({
        category: c.category,
        weight: Number(c.weight),
        indicators: c.indicators.map((i) => ({
          ...i,
          weight: Number(i.weight),
          rule: i.type === "AUTO" ? i.rule : null,
          scorer: i.type === "MANUAL" ? i.scorer : null,
        })),
      })),
    };
    const fd = new FormData();
    fd.set("id", cycleId);
    fd.set("definition", JSON.stringify(definition));
    submit(fd);
  };
  const k = (ci: number, ii: number, f: string) =>
    e[`definition.categories.${ci}.indicators.${ii}.${f}`];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">
        类别权重合计 <strong className="tabular-nums">{sum(cats)}%</strong>（须为 100%）
      </p>
      <Err msg={e["definition.categories"] ?? e.definition} />
      {cats.map((c, ci) => {
        const label = CATEGORY_LABELS[c.category as Category];
        return (
          <fieldset key={c.category} className="space-y-2 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold">{label}</legend>
            <label className="flex items-center gap-2 text-sm">
              {label}权重（%）
              <input
                type="number"
                className={inputClass.replace("w-full", "w-24")}
                value={c.weight}
                onChange={(ev) =>
                  setCats((cs) =>
                    cs.map((x, i) => (i === ci ? { ...x, weight: ev.target.value } : x)),
                  )
                }
              />
              <span className="text-slate-500">指标权重合计 {sum(c.indicators)}%</span>
            </label>
            <Err
              msg={
                e[`definition.categories.${ci}.indicators`] ??
                e[`definition.categories.${ci}.weight`]
              }
            />
            {c.indicators.map((ind, ii) => {
              const id = `ind-${ci}-${ii}`;
              return (
                <div key={ii} className="grid gap-2 border-t border-slate-100 pt-2 sm:grid-cols-6">
                  <div className="sm:col-span-2">
                    <label htmlFor={`${id}-name`} className="text-xs text-slate-600">
                      指标名称
                    </label>
                    <input
                      id={`${id}-name`}
                      className={inputClass}
                      value={ind.name}
                      maxLength={60}
                      onChange={(ev) => setInd(ci, ii, { name: ev.target.value })}
                    />
                    <Err msg={k(ci, ii, "name")} />
                  </div>
                  <div>
                    <label htmlFor={`${id}-w`} className="text-xs text-slate-600">
                      权重（%）
                    </label>
                    <input
                      id={`${id}-w`}
                      type="number"
                      className={inputClass}
                      value={ind.weight}
                      onChange={(ev) => setInd(ci, ii, { weight: ev.target.value })}
                    />
                    <Err msg={k(ci, ii, "weight")} />
                  </div>
                  <div>
                    <label htmlFor={`${id}-t`} className="text-xs text-slate-600">
                      考评对象
                    </label>
                    <select
                      id={`${id}-t`}
                      className={inputClass}
                      value={ind.target}
                      onChange={(ev) => setInd(ci, ii, { target: ev.target.value })}
                    >
                      {TARGETS.map((t) => (
                        <option key={t} value={t}>
                          {TARGET_LABELS[t]}
                        </option>
                      ))}
                    </select>
                    <Err msg={k(ci, ii, "target")} />
                  </div>
                  <div>
                    <label htmlFor={`${id}-ty`} className="text-xs text-slate-600">
                      类型
                    </label>
                    <select
                      id={`${id}-ty`}
                      className={inputClass}
                      value={ind.type}
                      onChange={(ev) =>
                        setInd(ci, ii, {
                          type: ev.target.value,
                          rule: ind.rule ?? AUTO_RULE_KEYS[0],
                          scorer: ind.scorer ?? SCORER_KINDS[0],
                        })
                      }
                    >
                      {INDICATOR_TYPES.map((t) => (
                        <option key={t} value={t}>
                          {INDICATOR_TYPE_LABELS[t]}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`${id}-r`} className="text-xs text-slate-600">
                      {ind.type === "AUTO" ? "计算规则" : "评分人"}
                    </label>
                    {ind.type === "AUTO" ? (
                      <select
                        id={`${id}-r`}
                        className={inputClass}
                        value={ind.rule ?? ""}
                        onChange={(ev) => setInd(ci, ii, { rule: ev.target.value })}
                      >
                        {AUTO_RULE_KEYS.map((r) => (
                          <option key={r} value={r}>
                            {AUTO_RULES[r].label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <select
                        id={`${id}-r`}
                        className={inputClass}
                        value={ind.scorer ?? ""}
                        onChange={(ev) => setInd(ci, ii, { scorer: ev.target.value })}
                      >
                        {SCORER_KINDS.map((s) => (
                          <option key={s} value={s}>
                            {SCORER_LABELS[s]}
                          </option>
                        ))}
                      </select>
                    )}
                    <Err msg={k(ci, ii, "rule") ?? k(ci, ii, "scorer")} />
                  </div>
                  <div className="sm:col-span-6">
                    <button
                      type="button"
                      className={buttonClass.link}
                      onClick={() =>
                        setCats((cs) =>
                          cs.map((x, i) =>
                            i !== ci
                              ? x
                              : { ...x, indicators: x.indicators.filter((_, j) => j !== ii) },
                          ),
                        )
                      }
                    >
                      删除“{ind.name || "未命名指标"}”
                    </button>
                  </div>
                </div>
              );
            })}
            <button
              type="button"
              className={buttonClass.secondary}
              onClick={() =>
                setCats((cs) =>
                  cs.map((x, i) =>
                    i !== ci ? x : { ...x, indicators: [...x.indicators, { ...NEW_INDICATOR }] },
                  ),
                )
              }
            >
              添加{label}指标
            </button>
          </fieldset>
        );
      })}
      <FormMessage result={state} success="考评指标已保存" />
      <SubmitButton pending={pending} pendingText="正在保存…">
        保存考评指标
      </SubmitButton>
    </form>
  );
}
