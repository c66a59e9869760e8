import { inputClass } from "@/components/ui/styles";
import { Field } from "@/components/ui/field";
import { NOTE_MAX } from "@/lib/follow-ups/schemas";

/** A labelled textarea for a timeline note, with its error beside it. */
export function NoteField({ label, name = "note", error, required, hint, rows = 4, id }: { label: string; name?: string; error?: string; required?: boolean; hint?: string; rows?: number; id?: string }) {
  const fieldId = id ?? `f-${name}`;
  return (
    <Field label={label} name={name} error={error} required={required} hint={hint} id={fieldId}>
      <textarea
        id={fieldId}
        name={name}
        rows={rows}
        maxLength={NOTE_MAX}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-err` : hint ? `${fieldId}-hint` : undefined}
        className={inputClass}
      />
    </Field>
  );
}
