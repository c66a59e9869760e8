"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { setEssayAward } from "@/lib/culture/essays/actions";
import { AWARD_LABELS, AWARDS } from "@/lib/culture/essays/labels";

/** 政治处's choice of award for one entry, before the results are published. */
export function AwardForm({
  entryId,
  award,
  label,
}: {
  entryId: string;
  award: string | null;
  label: string;
}) {
  const router = useRouter();
  const { state, onSubmit, pending } = useActionForm(setEssayAward);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="entryId" value={entryId} />
      <label htmlFor={`award-${entryId}`} className="sr-only">
        {label}奖项
      </label>
      <select
        id={`award-${entryId}`}
        name="award"
        defaultValue={award ?? ""}
        className={`${inputClass} w-28 py-1`}
      >
        <option value="">未获奖</option>
        {AWARDS.map((a) => (
          <option key={a} value={a}>
            {AWARD_LABELS[a]}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary" pending={pending}>
        保存
      </SubmitButton>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-600">
          {state.message}
        </span>
      ) : null}
      {state?.ok ? (
        <span role="status" className="text-xs text-green-700">
          已保存
        </span>
      ) : null}
    </form>
  );
}
