"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";

import { buttonClass } from "./styles";

export type ConfirmOptions = {
  /** The dialog's title, which labels it, e.g. the button's own words: 提交审阅. */
  title: string;
  message?: React.ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  /** "danger" for what cannot be undone: a red 确定, and focus starts on 取消. */
  tone?: "default" | "danger";
};

/**
 * An in-page confirmation, instead of the browser's `confirm()`: a native
 * modal `<dialog>` labelled by its title and described by its message. Focus
 * moves into it on opening and back to where it was on closing; Esc, 取消 and
 * a click on the backdrop cancel.
 */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel = "确定",
  cancelLabel = "取消",
  tone = "default",
  onConfirm,
  onCancel,
}: ConfirmOptions & { open: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  const confirmed = useRef(false);
  const first = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement;
      confirmed.current = false;
      dialog.showModal();
      first.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  const onClose = () => {
    const back = returnTo.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
    if (!confirmed.current) onCancel();
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={message ? `${id}-message` : undefined}
      onClose={onClose}
      // m-auto: Tailwind's preflight zeroes the margin that centres a modal dialog.
      onClick={(e) => {
        if (e.target === e.currentTarget) ref.current?.close();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-800 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="space-y-3 p-5">
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {message ? (
          <div id={`${id}-message`} className="text-sm text-slate-600">
            {message}
          </div>
        ) : null}
        <div className="flex justify-end gap-2 pt-2">
          <button
            type="button"
            ref={tone === "danger" ? first : undefined}
            className={buttonClass.secondary}
            onClick={() => ref.current?.close()}
          >
            {cancelLabel}
          </button>
          <button
            type="button"
            ref={tone === "danger" ? undefined : first}
            className={tone === "danger" ? buttonClass.danger : buttonClass.primary}
            onClick={() => {
              confirmed.current = true;
              ref.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}

/**
 * `const [confirm, dialog] = useConfirm()`: render `dialog`, then
 * `if (await confirm({ title, message })) …` where `window.confirm` was.
 */
export function useConfirm(): [(options: ConfirmOptions) => Promise<boolean>, React.ReactNode] {
  const [request, setRequest] = useState<
    (ConfirmOptions & { resolve: (ok: boolean) => void }) | null
  >(null);
  const confirm = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => setRequest({ ...options, resolve })),
    [],
  );
  const settle = (ok: boolean) => {
    request?.resolve(ok);
    setRequest(null);
  };
  const dialog = (
    <ConfirmDialog
      open={request !== null}
      title={request?.title ?? ""}
      message={request?.message}
      confirmLabel={request?.confirmLabel}
      cancelLabel={request?.cancelLabel}
      tone={request?.tone}
      onConfirm={() => settle(true)}
      onCancel={() => settle(false)}
    />
  );
  return [confirm, dialog];
}
