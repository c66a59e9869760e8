"use client";
import { useActionState } from "react";
import { buttonClass } from "./styles";
import { Spinner } from "./submit-button";

type Result = { ok: true; data: unknown } | { ok: false; message: string } | null;

/**
 * A one-button form for a server action, with hidden fields, an optional
 * confirmation before destructive actions, a spinner and the outcome.
 */
export function ActionButton({
  action,
  fields,
  label,
  confirm,
  variant = "secondary",
  success,
}: {
  action: (prev: Result, fd: FormData) => Promise<Result>;
  fields: Record<string, string>;
  label: string;
  confirm?: string;
  variant?: keyof typeof buttonClass;
  success?: (data: unknown) => React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
      className="inline-flex flex-col items-start gap-1"
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" disabled={pending} aria-busy={pending} className={variant === "link" ? buttonClass.link : `${buttonClass[variant]} px-3 py-1`}>
        {pending ? <Spinner /> : null}
        {label}
      </button>
      {state && !state.ok ? <span role="alert" className="text-xs text-red-600">{state.message}</span> : null}
      {state && state.ok && success ? <span role="status">{success(state.data)}</span> : null}
    </form>
  );
}
