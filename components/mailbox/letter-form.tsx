"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { sendAnonymousLetter, sendSignedLetter } from "@/lib/mailbox/actions";
import { LETTER_CATEGORIES, LETTER_CATEGORY_LABELS } from "@/lib/mailbox/labels";

import { AccessCodeActions } from "./access-code-actions";

export function LetterForm() {
  const router = useRouter();
  const [anonymous, setAnonymous] = useState(false);
  const signed = useActionForm(sendSignedLetter);
  const anon = useActionForm(sendAnonymousLetter);
  const { state, onSubmit, pending, fieldErrors: e } = anonymous ? anon : signed;

  useEffect(() => {
    if (signed.state?.ok) router.push(`/mailbox/letters/${signed.state.data.id}`);
  }, [signed.state, router]);

  if (anon.state?.ok) {
    const code = anon.state.data.code;
    return (
      <section
        role="status"
        aria-labelledby="code-h"
        className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4"
      >
        <h2 id="code-h" className="text-base font-semibold text-slate-900">
          匿名来信已送达
        </h2>
        <p className="text-sm text-slate-700">
          请抄录并妥善保管以下访问码。系统不保存您的身份，访问码只显示这一次，遗失后无法找回。
        </p>
        <p
          className="rounded bg-white px-3 py-2 text-center font-mono text-xl tracking-widest text-slate-900 select-all"
          aria-label="访问码"
          data-testid="access-code"
        >
          {code}
        </p>
        <AccessCodeActions code={code} />
        <p className="text-sm text-slate-700">
          凭访问码可在{" "}
          <Link href="/mailbox/track" className="text-brand-700 underline">
            来信查询页
          </Link>
          （/mailbox/track，无需登录）查看办理状态和答复，并追加留言。
        </p>
        <Link href="/mailbox" className={buttonClass.secondary}>
          返回检察长信箱
        </Link>
      </section>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">来信类别</legend>
        <div className="flex flex-wrap gap-5 text-sm">
          {LETTER_CATEGORIES.map((c) => (
            <label key={c} className="inline-flex items-center gap-1.5">
              <input type="radio" name="category" value={c} /> {LETTER_CATEGORY_LABELS[c]}
            </label>
          ))}
        </div>
        {e.category ? (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {e.category}
          </p>
        ) : null}
      </fieldset>
      <Field label="标题" name="subject" maxLength={60} error={e.subject} />
      <TextareaField label="来信内容" name="body" error={e.body} rows={8} maxLength={3000} />
      <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
        <label className="inline-flex items-center gap-2 font-medium">
          <input
            type="checkbox"
            checked={anonymous}
            onChange={(ev) => setAnonymous(ev.target.checked)}
          />{" "}
          匿名来信
        </label>
        <p className="mt-1 text-xs text-slate-600">
          {anonymous
            ? "匿名来信不记录您的账号、IP 地址和具体时间，只记录日期。提交后将显示一次性访问码，凭码查看答复。"
            : "署名来信可在“我的来信”中查看办理情况和答复。"}
        </p>
      </div>
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在提交…">
        {anonymous ? "匿名提交" : "署名提交"}
      </SubmitButton>
    </form>
  );
}
