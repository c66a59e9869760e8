"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { updatePointRules } from "@/lib/study/points/actions";
import { RULE_KEYS, RULE_SPECS, type Rules } from "@/lib/study/points/rules";
import { formatTenths } from "@/lib/study/units";

/** 政治处 edits the points table: one decimal value per rule, each with its allowed range. */
export function PointsForm({ rules }: { rules: Rules }) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(updatePointRules);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const changed = state?.ok ? state.data.changed : 0;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        {RULE_KEYS.map((k) => {
          const s = RULE_SPECS[k];
          return (
            <Field
              key={k}
              label={`${s.label}（${s.unit}）`}
              name={k}
              id={`f-${k}`}
              type="number"
              step="0.1"
              min={s.min / 10}
              max={s.max / 10}
              inputMode="decimal"
              defaultValue={formatTenths(rules[k])}
              error={e[k]}
              hint={`${s.hint}。可填 ${s.min / 10} 至 ${s.max / 10}，默认 ${formatTenths(s.default)}`}
            />
          );
        })}
      </div>
      <FormMessage
        result={state}
        success={changed ? `已保存 ${changed} 项修改，积分已按新规则重新计算` : "没有修改"}
      />
      <SubmitButton pending={pending} pendingText="正在保存…">
        保存积分规则
      </SubmitButton>
    </form>
  );
}
