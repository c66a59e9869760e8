"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect } from "react";

import { useConfirm } from "./confirm-dialog";
import { buttonClass } from "./styles";
import type { FormResult } from "./use-action-form";

/**
 * Deletes one record after an in-page confirmation (ConfirmDialog, danger
 * tone), then replaces the page with `then` (the record's page no longer
 * exists). Errors show beside the button.
 */
export function DeleteButton({
  action,
  id,
  confirm,
  then,
}: {
  action: (fd: FormData) => Promise<FormResult>;
  id: string;
  confirm: string;
  then: string;
}) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(
    (_prev: FormResult | null, fd: FormData) => action(fd),
    null,
  );
  const [ask, dialog] = useConfirm();
  useEffect(() => {
    if (state?.ok) router.replace(then);
  }, [state, router, then]);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending}
        className={`${buttonClass.danger} px-3 py-1`}
        onClick={async () => {
          if (!(await ask({ title: "删除", message: confirm, tone: "danger" }))) return;
          const fd = new FormData();
          fd.set("id", id);
          startTransition(() => dispatch(fd));
        }}
      >
        {pending ? "正在删除…" : "删除"}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-600">
          {state.message}
        </span>
      ) : null}
      {dialog}
    </span>
  );
}
