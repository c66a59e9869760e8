"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { useConfirm } from "@/components/ui/confirm-dialog";
import { buttonClass } from "@/components/ui/styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteConductDraft } from "@/lib/conduct/actions";

/** Deletes a draft (and its evidence), then goes back to the list. */
export function DeleteDraft({ recordId }: { recordId: string }) {
  const router = useRouter();
  const { state, submit, pending } = useActionForm(deleteConductDraft);
  const [ask, dialog] = useConfirm();
  useEffect(() => {
    if (state?.ok) router.push("/conduct");
  }, [state, router]);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending}
        className={`${buttonClass.secondary} px-3 py-1`}
        onClick={async () => {
          const fd = new FormData();
          fd.set("id", recordId);
          if (
            await ask({ title: "删除草稿", message: "草稿及其证明材料将被删除。", tone: "danger" })
          )
            submit(fd);
        }}
      >
        删除草稿
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
