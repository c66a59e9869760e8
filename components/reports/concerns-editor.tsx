"use client";

// The staff-of-concern entries of a liaison report: a list the liaison edits
// in place, sent to the action as JSON in one hidden field.
import { useState } from "react";

import { buttonClass, inputClass } from "@/components/ui/styles";
import { TextareaField } from "@/components/ui/textarea-field";
import { CONCERN_KIND_LABELS, CONCERN_KINDS } from "@/lib/reports/schemas";

export type Concern = { personId: string; kind: string; description: string; suggestion: string };

export function ConcernsEditor({
  initial,
  members,
  errors: e,
}: {
  initial: Concern[];
  members: { id: string; realName: string; position: string }[];
  errors: Record<string, string>;
}) {
  const [concerns, setConcerns] = useState<Concern[]>(initial);
  const update = (i: number, patch: Partial<Concern>) =>
    setConcerns((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  return (
    <section
      aria-labelledby="concerns-h"
      className="rounded-md border border-amber-200 bg-amber-50/50 p-3"
    >
      <div className="flex items-center justify-between gap-2">
        <h3 id="concerns-h" className="text-sm font-semibold text-slate-800">
          需关注人员（保密，加密存储）
        </h3>
        <button
          type="button"
          className={`${buttonClass.secondary} px-3 py-1`}
          onClick={() =>
            setConcerns((cs) => [
              ...cs,
              { personId: "", kind: "MOOD", description: "", suggestion: "" },
            ])
          }
        >
          添加关注人员
        </button>
      </div>
      {concerns.length === 0 ? (
        <p className="mt-2 text-xs text-slate-500">本期如无需关注人员，可不填写。</p>
      ) : null}
      <input type="hidden" name="concerns" value={JSON.stringify(concerns)} />
      {e.concerns ? (
        <p role="alert" className="mt-2 text-xs text-red-600">
          {e.concerns}
        </p>
      ) : null}
      <ol className="mt-2 space-y-3">
        {concerns.map((c, i) => (
          <li key={i} className="rounded-md border border-slate-200 bg-white p-3">
            <div className="grid gap-3 sm:grid-cols-2">
              <label className="text-sm">
                <span className="mb-1 block text-slate-700">关注人员 {i + 1}</span>
                <select
                  className={inputClass}
                  value={c.personId}
                  onChange={(ev) => update(i, { personId: ev.target.value })}
                  aria-invalid={e[`concerns.${i}.personId`] ? true : undefined}
                >
                  <option value="">请选择本部门人员</option>
                  {members.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.realName}
                      {m.position ? `（${m.position}）` : ""}
                    </option>
                  ))}
                </select>
                {e[`concerns.${i}.personId`] ? (
                  <span role="alert" className="text-xs text-red-600">
                    {e[`concerns.${i}.personId`]}
                  </span>
                ) : null}
              </label>
              <label className="text-sm">
                <span className="mb-1 block text-slate-700">关注类型</span>
                <select
                  className={inputClass}
                  value={c.kind}
                  onChange={(ev) => update(i, { kind: ev.target.value })}
                >
                  {CONCERN_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {CONCERN_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              </label>
              {/* No name: the concerns travel as JSON in the hidden field above. */}
              <div className="sm:col-span-2">
                <TextareaField
                  label="情况描述"
                  id={`f-concern-${i}-description`}
                  rows={2}
                  maxLength={1000}
                  value={c.description}
                  onChange={(ev) => update(i, { description: ev.target.value })}
                  error={e[`concerns.${i}.description`]}
                />
              </div>
              <div className="sm:col-span-2">
                <TextareaField
                  label="建议措施"
                  id={`f-concern-${i}-suggestion`}
                  rows={2}
                  maxLength={500}
                  value={c.suggestion}
                  onChange={(ev) => update(i, { suggestion: ev.target.value })}
                  error={e[`concerns.${i}.suggestion`]}
                />
              </div>
            </div>
            <button
              type="button"
              className="mt-2 text-xs text-red-700 hover:underline"
              onClick={() => setConcerns((cs) => cs.filter((_, j) => j !== i))}
            >
              移除
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
