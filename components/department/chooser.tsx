"use client";

import Link from "next/link";
import { useState } from "react";

import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/styles";
import { RELATION_LABELS } from "@/lib/department/access";

/** Above this many departments the chooser offers a name filter. */
const FILTER_FROM = 12;

/**
 * The departments a viewer may open, when there is more than one. 政治处 sees
 * every department of the 院 (over a thousand for a 市院), so a name filter
 * narrows the list as one types.
 */
export function DepartmentChooser({
  departments,
}: {
  departments: { id: string; name: string; relation: keyof typeof RELATION_LABELS }[];
}) {
  const [query, setQuery] = useState("");
  const q = query.trim();
  const shown = q ? departments.filter((d) => d.name.includes(q)) : departments;
  return (
    <Card title="选择部门">
      {departments.length > FILTER_FROM ? (
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <label htmlFor="department-filter" className="text-sm text-slate-700">
            按名称筛选
          </label>
          <input
            id="department-filter"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="输入部门名称"
            className={`${inputClass} max-w-xs`}
          />
          <span className="text-sm text-slate-500" aria-live="polite">
            {q
              ? `${shown.length} / ${departments.length} 个部门`
              : `共 ${departments.length} 个部门`}
          </span>
        </div>
      ) : null}
      {shown.length === 0 ? (
        <p className="text-sm text-slate-500">没有名称含“{q}”的部门，请换个关键词</p>
      ) : (
        <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {shown.map((d) => (
            <li key={d.id}>
              <Link
                href={`/department/${d.id}`}
                className="flex items-center justify-between rounded-md border border-slate-200 px-3 py-2 hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="font-medium text-slate-800">{d.name}</span>
                <span className="text-xs text-slate-500">{RELATION_LABELS[d.relation]}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
