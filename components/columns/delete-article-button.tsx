"use client";
import { startTransition, useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/ui/styles";
import { deleteArticle } from "@/lib/columns/actions";

/** Deletes an article after a confirmation, then returns to its column. */
export function DeleteArticleButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState((_prev: Awaited<ReturnType<typeof deleteArticle>> | null, fd: FormData) => deleteArticle(fd), null);
  useEffect(() => {
    if (state?.ok) router.replace(`/columns/${state.data.slug}`);
  }, [state, router]);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending}
        className={`${buttonClass.danger} px-3 py-1`}
        onClick={() => {
          if (!window.confirm(`确定删除文章“${title}”吗？删除后阅读记录一并清除，且不可恢复。`)) return;
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
