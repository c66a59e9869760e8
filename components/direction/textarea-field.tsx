import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";

/** A labelled multi-line text box with its Chinese error beside it. */
export function TextareaField({ label, name, id: idProp, error, hint, defaultValue, maxLength, rows = 4, required, placeholder }: {
  label: string; name: string; id?: string; error?: string; hint?: string; defaultValue?: string; maxLength: number; rows?: number; required?: boolean; placeholder?: string;
}) {
  const id = idProp ?? `f-${name}`;
  return (
    <Field label={label} name={name} error={error} hint={hint ?? `不超过 ${maxLength} 字`} required={required} id={id}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        maxLength={maxLength}
        required={required}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : `${id}-hint`}
        className={inputClass}
      />
    </Field>
  );
}
