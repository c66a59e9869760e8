"use client";
import { startTransition, useActionState } from "react";

export type FormResult = { ok: true; data: unknown } | { ok: false; message: string; fieldErrors?: Record<string, string> };
export type FormAction = (prev: FormResult | null, fd: FormData) => Promise<FormResult>;

/**
 * Runs a server action from a form's submit event instead of its `action`
 * prop, so React does not reset the fields afterwards: on an error the user
 * keeps what they typed and sees the message beside it.
 */
export function useActionForm(action: FormAction) {
  const [state, dispatch, pending] = useActionState<FormResult | null, FormData>(action, null);
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    startTransition(() => dispatch(fd));
  };
  const fieldErrors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return { state, onSubmit, pending, fieldErrors };
}
