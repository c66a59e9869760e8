"use client";

import { useFormStatus } from "react-dom";

import { buttonClass } from "./styles";

export function Spinner() {
  return (
    <span
      aria-hidden
      className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent"
    />
  );
}

/** Submit button with a spinner while its form's action runs. */
export function SubmitButton({
  children,
  variant = "primary",
  pendingText,
  pending: pendingProp,
}: {
  children: React.ReactNode;
  variant?: keyof typeof buttonClass;
  pendingText?: string;
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass[variant]}>
      {pending ? <Spinner /> : null}
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
