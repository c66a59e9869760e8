"use client";
import { useFormStatus } from "react-dom";
import { buttonClass } from "./styles";

export function Spinner() {
  return <span aria-hidden className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent" />;
}

/** Submit button with a spinner while its form's action runs. */
export function SubmitButton({ children, variant = "primary", pendingText }: { children: React.ReactNode; variant?: keyof typeof buttonClass; pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass[variant]}>
      {pending ? <Spinner /> : null}
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
