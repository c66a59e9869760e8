"use client";

import { startTransition, useActionState } from "react";

import type { ActionResult } from "@/lib/action";

/** The outcome of a form's action; `T` is what the action returns on success. */
export type FormResult<T = unknown> = ActionResult<T>;
/**
 * A server action as a form calls it. Every `action(...)` from lib/action.ts
 * fits, and its handler's return type becomes `T`.
 */
export type FormAction<T = unknown> = (
  prev: FormResult<T> | null,
  fd: FormData,
) => Promise<FormResult<T>>;
/** What an action returns on success; for `a ? updateX : createX`, either one's. */
export type ActionData<A> = A extends (...args: never[]) => Promise<ActionResult<infer T>>
  ? T
  : never;

/**
 * Runs a server action from a form's submit event instead of its `action`
 * prop, so React does not reset the fields afterwards: on an error the user
 * keeps what they typed and sees the message beside it.
 *
 * `T` is inferred from the action, so `useActionForm(createX).state.data` has
 * the handler's return type once `state.ok` is checked. `submit` sends form
 * data gathered elsewhere, e.g. after a ConfirmDialog.
 */
export function useActionForm<A extends (prev: never, fd: FormData) => Promise<FormResult>>(
  action: A,
) {
  type T = ActionData<A>;
  const [state, dispatch, pending] = useActionState<FormResult<T> | null, FormData>(
    action as unknown as FormAction<T>,
    null,
  );
  const submit = (fd: FormData) => startTransition(() => dispatch(fd));
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    submit(new FormData(e.currentTarget));
  };
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return { state, onSubmit, submit, pending, fieldErrors };
}
