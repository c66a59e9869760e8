"use client";

// 导出 Excel: fetches the export route, shows how much has arrived while a
// long list streams, then saves the file under the server's name. A refusal
// (404) or a broken stream shows a Chinese message beside the button and
// saves nothing, so a half-written file is never left behind.
import { useState } from "react";

import { buttonClass } from "./styles";

function fileNameOf(res: Response): string {
  const cd = res.headers.get("content-disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/i.exec(cd)?.[1] ?? "导出.xlsx";
}

export function ExportButton({ href, label = "导出 Excel" }: { href: string; label?: string }) {
  const [state, setState] = useState<
    { kind: "idle" } | { kind: "busy"; kb: number } | { kind: "error"; message: string }
  >({ kind: "idle" });

  async function run() {
    setState({ kind: "busy", kb: 0 });
    try {
      const res = await fetch(href, { credentials: "same-origin" });
      if (!res.ok || !res.body) {
        setState({
          kind: "error",
          message: res.status === 404 ? "没有可导出的内容，或您无权导出" : "导出失败，请稍后重试",
        });
        return;
      }
      const reader = res.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value as Uint8Array<ArrayBuffer>);
        received += value.byteLength;
        setState({ kind: "busy", kb: Math.round(received / 1024) });
      }
      const url = URL.createObjectURL(
        new Blob(parts, { type: res.headers.get("content-type") ?? "" }),
      );
      const a = document.createElement("a");
      a.href = url;
      a.download = fileNameOf(res);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: "idle" });
    } catch {
      setState({ kind: "error", message: "导出中断，请重试" });
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={buttonClass.secondary}
        onClick={run}
        disabled={state.kind === "busy"}
        aria-busy={state.kind === "busy"}
      >
        {state.kind === "busy" ? `正在导出…${state.kb > 0 ? ` ${state.kb} KB` : ""}` : label}
      </button>
      {state.kind === "error" ? (
        <span role="alert" className="text-sm text-red-600">
          {state.message}
        </span>
      ) : null}
    </span>
  );
}
