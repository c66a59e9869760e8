"use client";
import { startTransition, useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/ui/styles";
import { deleteStudyLog } from "@/lib/study/log-actions";

/** Deletes one of the caller's own entries after a confirmation, then returns to the log. */
export function LogDeleteButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState((_prev: Awaited<ReturnType<typeof deleteStudyLog>> | null, fd: FormData) => deleteStudyLog(fd), null);
  useEffect(() => {
    if (state?.ok) router.replace("/study/log");
  }, [state, router]);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending}
        className={`${buttonClass.danger} px-3 py-1`}
        onClick={() => {
          if (!window.confirm(`确定删除学习记录“${title}”吗？删除后不可恢复。`)) return;
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
