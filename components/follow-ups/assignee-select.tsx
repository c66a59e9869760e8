import { Field, SelectField } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";

export type AssigneeOption = { id: string; realName: string; position: string; department: string };

/** People grouped by department, so 政治处 can find one among ~150. */
export function AssigneeSelect({
  options,
  defaultValue,
  error,
}: {
  options: AssigneeOption[];
  defaultValue?: string | null;
  error?: string;
}) {
  const groups = new Map<string, AssigneeOption[]>();
  for (const o of options) groups.set(o.department, [...(groups.get(o.department) ?? []), o]);
  return (
    <Field label="承办人" name="assigneeId" error={error} required>
      <select
        id="f-assigneeId"
        name="assigneeId"
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "f-assigneeId-err" : undefined}
        className={inputClass}
        required
      >
        <option value="">（请选择）</option>
        {[...groups].map(([dept, people]) => (
          <optgroup key={dept} label={dept}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.realName}
                {p.position ? `（${p.position}）` : ""}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}

export function PrioritySelect({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  return (
    <SelectField
      label="优先级"
      name="priority"
      defaultValue={defaultValue ?? "NORMAL"}
      error={error}
      options={[
        { value: "HIGH", label: "高" },
        { value: "NORMAL", label: "普通" },
        { value: "LOW", label: "低" },
      ]}
    />
  );
}
