"use client";

import { useEffect, useMemo, useRef, useState } from "react";

import { buttonClass } from "./styles";

export type DepartmentMembers = {
  id: string;
  name: string;
  headId?: string | null;
  members: { id: string; realName: string; position: string }[];
};

/**
 * Attendees by department: a checkbox per person, a "全部" box per department
 * and a "全院" shortcut. Posts `attendeeIds[]`. People already recorded but no
 * longer pickable (e.g. since disabled) are kept as hidden values. Shared by
 * 党组引航 meetings and study activities.
 */
export function AttendeePicker({
  departments,
  initial,
  highlightAll,
  error,
  legend = "参会人员",
  name = "attendeeIds",
}: {
  departments: DepartmentMembers[];
  initial: string[];
  highlightAll?: boolean;
  error?: string;
  legend?: string;
  /** The posted field, as `<name>[]`. */
  name?: string;
}) {
  const [selected, setSelected] = useState(() => new Set(initial));
  const everyone = useMemo(
    () => departments.flatMap((d) => d.members.map((m) => m.id)),
    [departments],
  );
  const pickable = useMemo(() => new Set(everyone), [everyone]);
  const kept = initial.filter((id) => !pickable.has(id));
  const setMany = (ids: string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  const count = [...selected].filter((id) => pickable.has(id)).length + kept.length;
  return (
    <fieldset
      className="rounded-md border border-slate-200 p-3"
      aria-describedby={error ? "attendees-err" : undefined}
    >
      <legend className="px-1 text-sm font-medium text-slate-700">{legend}</legend>
      <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">
          已选 <b>{count}</b> 人
        </span>
        <button
          type="button"
          onClick={() => setMany(everyone, true)}
          className={`${highlightAll ? buttonClass.primary : buttonClass.secondary} px-3 py-1`}
        >
          全院（{everyone.length} 人）
        </button>
        <button
          type="button"
          onClick={() => setSelected(new Set())}
          className={`${buttonClass.secondary} px-3 py-1`}
        >
          清空
        </button>
        {highlightAll ? (
          <span className="text-xs text-slate-500">
            全院干警大会可点击“全院”一键选择全体在岗人员，再去掉请假人员
          </span>
        ) : null}
      </div>
      {kept.map((id) => (
        <input key={id} type="hidden" name={`${name}[]`} value={id} />
      ))}
      <div className="grid gap-2 lg:grid-cols-2">
        {departments
          .filter((d) => d.members.length > 0)
          .map((d) => (
            <DepartmentBlock
              key={d.id}
              dept={d}
              selected={selected}
              name={name}
              onToggle={(id, on) => setMany([id], on)}
              onAll={(on) =>
                setMany(
                  d.members.map((m) => m.id),
                  on,
                )
              }
            />
          ))}
      </div>
      {error ? (
        <p id="attendees-err" role="alert" className="mt-2 text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function DepartmentBlock({
  dept,
  name,
  selected,
  onToggle,
  onAll,
}: {
  dept: DepartmentMembers;
  name: string;
  selected: Set<string>;
  onToggle: (id: string, on: boolean) => void;
  onAll: (on: boolean) => void;
}) {
  const chosen = dept.members.filter((m) => selected.has(m.id)).length;
  const all = chosen === dept.members.length;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);
  return (
    <div className="rounded-md border border-slate-200">
      <div className="flex items-center justify-between gap-2 bg-slate-50 px-3 py-1.5 text-sm">
        <label className="inline-flex items-center gap-2 font-medium">
          <input
            ref={box}
            type="checkbox"
            checked={all}
            onChange={(e) => onAll(e.target.checked)}
          />
          {dept.name}
        </label>
        <span className={`text-xs ${chosen ? "text-brand-700" : "text-slate-500"}`}>
          已选 {chosen}/{dept.members.length}
        </span>
      </div>
      <details>
        <summary className="cursor-pointer px-3 py-1 text-xs text-slate-500 hover:text-slate-700">
          人员名单
        </summary>
        <div className="grid grid-cols-2 gap-x-3 gap-y-1 px-3 pb-2 sm:grid-cols-3">
          {dept.members.map((m) => (
            <label
              key={m.id}
              className="inline-flex items-center gap-1.5 text-sm"
              title={m.position}
            >
              <input
                type="checkbox"
                name={`${name}[]`}
                value={m.id}
                checked={selected.has(m.id)}
                onChange={(e) => onToggle(m.id, e.target.checked)}
              />
              <span className="truncate">{m.realName}</span>
            </label>
          ))}
        </div>
      </details>
    </div>
  );
}
