"use client";

import { useEffect, useRef, useState } from "react";

import { Field } from "./field";
import { inputClass } from "./styles";

type TextareaFieldProps = {
  label: string;
  /** Leave out for a controlled box whose value travels another way; then give an id. */
  name?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  /** Show `n / maxLength` under the box; on by default when maxLength is set. */
  counter?: boolean;
} & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">;

/**
 * A labelled multi-line text box with its Chinese hint or error beside it, as
 * Field is for inputs. With a maxLength it counts the characters typed.
 */
export function TextareaField({
  label,
  name,
  error,
  hint,
  required,
  counter,
  id,
  rows = 4,
  className = "",
  maxLength,
  onChange,
  ...textarea
}: TextareaFieldProps) {
  const fieldId = id ?? `f-${name}`;
  const ref = useRef<HTMLTextAreaElement>(null);
  const initial = String(textarea.value ?? textarea.defaultValue ?? "").length;
  const [typed, setTyped] = useState(initial);
  const count = textarea.value !== undefined ? String(textarea.value).length : typed;
  // form.reset() empties the box without an input event.
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const onReset = () => setTimeout(() => setTyped(ref.current?.value.length ?? 0));
    form.addEventListener("reset", onReset);
    return () => form.removeEventListener("reset", onReset);
  }, []);
  const showCounter = (counter ?? true) && maxLength !== undefined;
  return (
    <Field
      label={label}
      name={name ?? fieldId}
      error={error}
      hint={hint}
      required={required}
      id={fieldId}
    >
      <textarea
        ref={ref}
        id={fieldId}
        name={name}
        rows={rows}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-err` : hint ? `${fieldId}-hint` : undefined}
        className={`${inputClass} ${className}`}
        onChange={(e) => {
          setTyped(e.target.value.length);
          onChange?.(e);
        }}
        {...textarea}
      />
      {showCounter ? (
        <p
          aria-hidden
          className={`text-right text-xs tabular-nums ${count >= maxLength ? "text-amber-700" : "text-slate-500"}`}
        >
          {count} / {maxLength}
        </p>
      ) : null}
    </Field>
  );
}
