"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { publishEssayToColumn } from "@/lib/culture/essays/actions";

/** Publishes a winning text as an article of an intranet column (once). */
export function PublishToColumn({
  entryId,
  columns,
  columnId,
}: {
  entryId: string;
  columns: { id: string; name: string }[];
  columnId: string | null;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(publishEssayToColumn);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-3" noValidate>
      <input type="hidden" name="entryId" value={entryId} />
      <SelectField
        label="发布到专栏"
        name="columnId"
        defaultValue={columnId ?? ""}
        options={columns.map((c) => ({ value: c.id, label: c.name }))}
        placeholder="请选择专栏"
        error={e.columnId}
      />
      <FormMessage result={state} />
      {state?.ok ? (
        <Link
          href={`/columns/${state.data.slug}/${state.data.articleId}`}
          className={buttonClass.link}
        >
          已发布，查看专栏文章
        </Link>
      ) : null}
      <SubmitButton pending={pending} pendingText="正在发布…">
        发布获奖作品
      </SubmitButton>
    </form>
  );
}
