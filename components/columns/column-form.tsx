"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { createColumn, updateColumn } from "@/lib/columns/actions";

type Initial = { id: string; name: string; slug: string; description: string; sortOrder: number };

/** Creates a column, or edits one (when `column` is given). */
export function ColumnForm({ column }: { column?: Initial }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const {
    state,
    onSubmit,
    pending,
    fieldErrors: e,
  } = useActionForm(column ? updateColumn : createColumn);
  const p = column ? `c-${column.id}-` : "new-";
  useEffect(() => {
    if (state?.ok) {
      if (!column) form.current?.reset();
      router.refresh();
    }
  }, [state, router, column]);
  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      className="grid gap-3 sm:grid-cols-2"
      noValidate
      aria-label={column ? `编辑专栏 ${column.name}` : "新建专栏"}
    >
      {column ? <input type="hidden" name="id" value={column.id} /> : null}
      <Field
        id={`${p}name`}
        label="专栏名称"
        name="name"
        maxLength={30}
        defaultValue={column?.name}
        error={e.name}
        required
      />
      <Field
        id={`${p}slug`}
        label="路径标识"
        name="slug"
        maxLength={40}
        defaultValue={column?.slug}
        error={e.slug}
        hint="小写字母、数字和连字符，如 judicial-reform"
        required
      />
      <Field
        id={`${p}description`}
        label="专栏简介"
        name="description"
        maxLength={200}
        defaultValue={column?.description}
        error={e.description}
      />
      <Field
        id={`${p}sortOrder`}
        label="排序"
        name="sortOrder"
        type="number"
        min={0}
        max={999}
        defaultValue={column?.sortOrder ?? 0}
        error={e.sortOrder}
        hint="数字越小越靠前"
      />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage result={state} success={column ? "已保存" : "专栏已创建"} />
        <SubmitButton pending={pending} pendingText="正在保存…">
          {column ? "保存" : "新建专栏"}
        </SubmitButton>
      </div>
    </form>
  );
}
