"use client";

import { startTransition, useActionState } from "react";

import { useConfirm } from "./confirm-dialog";
import { buttonClass } from "./styles";
import { Spinner } from "./submit-button";
import type { FormResult } from "./use-action-form";

/**
 * A one-button form for a server action, with hidden fields, an optional
 * in-page confirmation (ConfirmDialog, titled with the button's label) before
 * consequential actions, a spinner and the outcome. `destructive` (or the
 * danger variant) gives the dialog a red 确定.
 */
export function ActionButton<T>({
  action,
  fields,
  label,
  confirm,
  destructive,
  variant = "secondary",
  success,
  successText,
}: {
  action: (prev: FormResult<T> | null, fd: FormData) => Promise<FormResult<T>>;
  fields: Record<string, string>;
  label: string;
  confirm?: string;
  destructive?: boolean;
  variant?: keyof typeof buttonClass;
  success?: (data: T) => React.ReactNode;
  /** The success note as text: what a server component passes (it cannot pass `success`). */
  successText?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [ask, dialog] = useConfirm();
  return (
    <form
      action={formAction}
      onSubmit={async (e) => {
        if (!confirm) return;
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        if (
          await ask({
            title: label,
            message: confirm,
            tone: destructive || variant === "danger" ? "danger" : "default",
          })
        )
          startTransition(() => formAction(fd));
      }}
      className="inline-flex flex-col items-start gap-1"
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending}
        className={variant === "link" ? buttonClass.link : `${buttonClass[variant]} px-3 py-1`}
      >
        {pending ? <Spinner /> : null}
        {label}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-600">
          {state.message}
        </span>
      ) : null}
      {state && state.ok && success ? <span role="status">{success(state.data)}</span> : null}
      {state && state.ok && !success && successText ? (
        <span role="status" className="text-xs text-green-700">
          {successText}
        </span>
      ) : null}
      {dialog}
    </form>
  );
}
