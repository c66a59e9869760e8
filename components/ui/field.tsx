import { INPUT_DATE_BOUNDS } from "@/lib/dates";

import { inputClass } from "./styles";

type FieldProps = {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children?: React.ReactNode;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">;

/**
 * A labelled input with its Chinese error beside it. Pass children to wrap a custom control.
 * Date, month and datetime-local inputs get the portal's date range as min/max
 * (lib/dates.ts, the same bounds the schemas check) unless given their own.
 */
export function Field({ label, name, error, hint, required, children, id, ...input }: FieldProps) {
  const fieldId = id ?? `f-${name}`;
  return (
    <div className="space-y-1">
      <div className="flex items-baseline gap-0.5">
        <label htmlFor={fieldId} className="block text-sm font-medium text-slate-700">
          {label}
        </label>
        {required ? (
          <span className="text-sm text-red-600" aria-hidden>
            *
          </span>
        ) : null}
      </div>
      {children ?? (
        <input
          id={fieldId}
          name={name}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-err` : hint ? `${fieldId}-hint` : undefined}
          className={inputClass}
          {...(input.type ? INPUT_DATE_BOUNDS[input.type] : undefined)}
          {...input}
        />
      )}
      {hint && !error ? (
        <p id={`${fieldId}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-err`} role="alert" className="text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type SelectProps = {
  label: string;
  name: string;
  error?: string;
  options: { value: string; label: string }[];
  placeholder?: string;
} & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name">;

export function SelectField({
  label,
  name,
  error,
  options,
  placeholder,
  id,
  ...rest
}: SelectProps) {
  const fieldId = id ?? `f-${name}`;
  return (
    <Field label={label} name={name} error={error} id={fieldId}>
      <select
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        className={inputClass}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
