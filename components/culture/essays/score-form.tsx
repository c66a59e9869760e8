"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveEssayScores } from "@/lib/culture/essays/actions";
import { SCORE_MAX, SCORE_MIN } from "@/lib/culture/essays/scoring";

/** The viewer's sheet for one entry: a whole score 1–10 per criterion; a save replaces it. */
export function ScoreForm({
  entryId,
  criteria,
  scores,
}: {
  entryId: string;
  criteria: { id: string; label: string }[];
  scores: Record<string, number>;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(saveEssayScores);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="entryId" value={entryId} />
      <div className="grid gap-3 sm:grid-cols-3">
        {criteria.map((c, i) => {
          const err = e[`scores.${i}.score`];
          return (
            <div key={c.id} className="space-y-1">
              <label htmlFor={`s-${c.id}`} className="block text-sm font-medium text-slate-700">
                {c.label}
              </label>
              <input
                id={`s-${c.id}`}
                name={`score:${c.id}`}
                type="number"
                min={SCORE_MIN}
                max={SCORE_MAX}
                step={1}
                defaultValue={scores[c.id] ?? ""}
                aria-invalid={err ? true : undefined}
                className={`${inputClass} w-28`}
              />
              {err ? (
                <p role="alert" className="text-xs text-red-600">
                  {err}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <p className="text-xs text-slate-500">每项 1–10 分，须为整数，各项都要打分。</p>
      <FormMessage result={state} success="评分已保存" />
      <SubmitButton pending={pending} pendingText="正在保存…">
        保存评分
      </SubmitButton>
    </form>
  );
}
