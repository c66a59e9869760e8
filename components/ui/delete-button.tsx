"use client";
import { startTransition, useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { buttonClass } from "./styles";

type Result = { ok: true; data: unknown } | { ok: false; message: string };

/**
 * Deletes one record after a confirmation, then replaces the page with
 * `then` (the record's page no longer exists). Errors show beside the button.
 */
export function DeleteButton({ action, id, confirm, then }: { action: (fd: FormData) => Promise<Result>; id: string; confirm: string; then: string }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState((_prev: Result | null, fd: FormData) => action(fd), null);
  useEffect(() => {
    if (state?.ok) router.replace(then);
  }, [state, router, then]);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending}
        className={`${buttonClass.danger} px-3 py-1`}
        onClick={() => {
          if (!window.confirm(confirm)) return;
          const fd = new FormData();
          fd.set("id", id);
          startTransition(() => dispatch(fd));
        }}
      >
        {pending ? "正在删除…" : "删除"}
      </button>
      {state && !state.ok ? <span role="alert" className="text-xs text-red-600">{state.message}</span> : null}
    </span>
  );
}
