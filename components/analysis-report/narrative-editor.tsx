"use client";

import { useState } from "react";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { editAnalysisNarrative } from "@/lib/analysis-report/actions";
import { NARRATIVE_MAX } from "@/lib/analysis-report/schemas";

/** 政治处 edits one section's narrative of a draft version (Markdown). */
export function NarrativeEditor({
  versionId,
  section,
  title,
  narrative,
}: {
  versionId: string;
  section: string;
  title: string;
  narrative: string;
}) {
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(editAnalysisNarrative);
  // Open at first for an empty 问题与建议; afterwards as the user leaves it (a save re-renders the page).
  const [open, setOpen] = useState(section === "proposals" && !narrative);
  return (
    <details
      className="rounded-md border border-slate-200 p-3 print:hidden"
      open={open}
      onToggle={(ev) => setOpen(ev.currentTarget.open)}
    >
      <summary className="cursor-pointer text-sm font-medium text-brand-700">
        编辑“{title}”文字
      </summary>
      <form onSubmit={onSubmit} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="versionId" value={versionId} />
        <input type="hidden" name="section" value={section} />
        <TextareaField
          label={`${title}（支持 Markdown）`}
          name="narrative"
          id={`narrative-${section}`}
          defaultValue={narrative}
          rows={section === "proposals" ? 8 : 5}
          maxLength={NARRATIVE_MAX}
          error={e.narrative}
          hint="数字由系统根据数据生成，不可编辑；此处填写分析文字。"
        />
        <FormMessage result={state} success="已保存" />
        <SubmitButton pending={pending} pendingText="正在保存…">
          保存文字
        </SubmitButton>
      </form>
    </details>
  );
}
