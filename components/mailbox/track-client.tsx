"use client";

import { useState } from "react";

import { Badge } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { categoryLabel, statusLabel } from "@/lib/mailbox/labels";
import { openTrackedLetter, postTrackedFollowUp } from "@/lib/mailbox/track-actions";

import { LetterThread } from "./thread";

export function TrackClient() {
  const [code, setCode] = useState("");
  const view = useActionForm(openTrackedLetter);
  const follow = useActionForm(postTrackedFollowUp);
  const letter = view.state?.ok ? view.state.data : null;
  return (
    <div className="space-y-6">
      <form onSubmit={view.onSubmit} className="space-y-3" noValidate>
        <Field
          label="访问码"
          name="code"
          value={code}
          onChange={(ev) => setCode(ev.target.value)}
          autoComplete="off"
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX"
          error={view.fieldErrors.code}
        />
        {view.state && !view.state.ok && !view.fieldErrors.code ? (
          <FormMessage result={view.state} />
        ) : null}
        <SubmitButton pending={view.pending}>查询</SubmitButton>
      </form>
      {letter ? (
        <section aria-labelledby="letter-h" className="space-y-4">
          <div>
            <h2 id="letter-h" className="text-lg font-semibold">
              {letter.subject}
            </h2>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <Badge tone="blue">{categoryLabel(letter.category)}</Badge>
              <span>来信日期 {letter.receivedOn}</span>
              <span>
                办理状态：<strong>{statusLabel(letter.status)}</strong>
              </span>
            </p>
          </div>
          <LetterThread entries={letter.entries} writerLabel="您的" />
          {letter.status !== "CLOSED" ? (
            <form
              onSubmit={follow.onSubmit}
              className="space-y-2"
              noValidate
              key={follow.state?.ok ? "sent" : "editing"}
            >
              <input type="hidden" name="code" value={code} />
              <TextareaField
                label="追加留言"
                name="body"
                error={follow.fieldErrors.body}
                rows={4}
                maxLength={3000}
              />
              <FormMessage
                result={follow.state}
                success="留言已送达。重新查询可查看最新办理情况。"
              />
              <SubmitButton pending={follow.pending}>提交留言</SubmitButton>
            </form>
          ) : (
            <p className="text-sm text-slate-500">来信已办结，不能再追加留言。</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
