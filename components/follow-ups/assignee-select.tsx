"use client";

import { useState } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";

export type AssigneeOption = { id: string; realName: string; position: string; department: string };

/**
 * People grouped by department, so 政治处 can find one among ~150, with a
 * search box that narrows the list by name, position or department. The
 * chosen person stays in the list whatever the search says.
 */
export function AssigneeSelect({
  options,
  defaultValue,
  error,
}: {
  options: AssigneeOption[];
  defaultValue?: string | null;
  error?: string;
}) {
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState(defaultValue ?? "");
  const q = query.trim();
  const shown = options.filter(
    (o) =>
      !q ||
      o.id === chosen ||
      o.realName.includes(q) ||
      o.position.includes(q) ||
      o.department.includes(q),
  );
  const groups = new Map<string, AssigneeOption[]>();
  for (const o of shown) groups.set(o.department, [...(groups.get(o.department) ?? []), o]);
  const matches = shown.filter((o) => o.id !== chosen || !q).length;
  return (
    <Field label="承办人" name="assigneeId" error={error} required>
      <input
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="按姓名、职务或部门搜索"
        aria-label="按姓名搜索"
        className={`${inputClass} mb-2`}
      />
      <select
        id="f-assigneeId"
        name="assigneeId"
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "f-assigneeId-err" : undefined}
        className={inputClass}
        required
      >
        <option value="">{q ? `（找到 ${matches} 人，请选择）` : "（请选择）"}</option>
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
