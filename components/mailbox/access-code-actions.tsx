"use client";

// 复制 / 打印 beside the anonymous letter's access code: the code shows only
// once, so the writer should be able to keep it without retyping it.
import { useState } from "react";

import { buttonClass } from "@/components/ui/styles";

export function AccessCodeActions({ code }: { code: string }) {
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <button type="button" className={buttonClass.secondary} onClick={copy}>
        复制访问码
      </button>
      <button type="button" className={buttonClass.secondary} onClick={() => window.print()}>
        打印
      </button>
      <span role="status" className="text-sm text-slate-600">
        {copied === "done"
          ? "已复制到剪贴板"
          : copied === "failed"
            ? "无法访问剪贴板，请选中访问码后手动复制"
            : ""}
      </span>
    </div>
  );
}
