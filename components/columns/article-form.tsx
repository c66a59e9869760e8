"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createArticle, updateArticle } from "@/lib/columns/actions";
import {
  ARTICLE_BODY_MAX,
  ARTICLE_FORMAT_LABELS,
  ARTICLE_FORMATS,
  ARTICLE_TITLE_MAX,
} from "@/lib/columns/labels";

type Initial = { id: string; title: string; format: string; body: string };

/** Publishes a new article to a column, or edits one (when `article` is given). */
export function ArticleForm({ columnId, article }: { columnId: string; article?: Initial }) {
  const router = useRouter();
  const {
    state,
    onSubmit,
    pending,
    fieldErrors: e,
  } = useActionForm(article ? updateArticle : createArticle);
  useEffect(() => {
    if (state?.ok) {
      const d = state.data;
      router.push(`/columns/${d.slug}/${d.id}`);
    }
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      {article ? (
        <input type="hidden" name="id" value={article.id} />
      ) : (
        <input type="hidden" name="columnId" value={columnId} />
      )}
      <Field
        label="标题"
        name="title"
        maxLength={ARTICLE_TITLE_MAX}
        defaultValue={article?.title}
        error={e.title}
        required
      />
      <SelectField
        label="正文格式"
        name="format"
        defaultValue={article?.format ?? "TEXT"}
        options={ARTICLE_FORMATS.map((f) => ({ value: f, label: ARTICLE_FORMAT_LABELS[f] }))}
        error={e.format}
      />
      <TextareaField
        label="正文"
        name="body"
        error={e.body}
        hint={`最多 ${ARTICLE_BODY_MAX} 字。Markdown 支持标题、列表、加粗、链接和表格；不支持 HTML，图片只显示为链接。`}
        rows={18}
        defaultValue={article?.body}
        className="font-mono"
      />
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在保存…">
        {article ? "保存修改" : "发布文章"}
      </SubmitButton>
    </form>
  );
}
