import Link from "next/link";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { FOLLOW_UP_SOURCES } from "@/lib/follow-ups/sources";
import { FOLLOW_UP_STATUSES } from "@/lib/follow-ups/state";
import { SOURCE_LABELS, STATUS_LABELS } from "@/lib/follow-ups/labels";
import type { FollowUpListFilter } from "@/lib/follow-ups/schemas";
import type { AssigneeOption } from "./assignee-select";

/** A GET form: filters live in the query string, so a filtered view can be bookmarked. */
export function FollowUpFilters({ filter, manager, departments, assignees }: { filter: FollowUpListFilter; manager: boolean; departments: { id: string; name: string }[]; assignees: AssigneeOption[] }) {
  return (
    <form className={`mb-4 grid gap-3 sm:grid-cols-2 ${manager ? "lg:grid-cols-6" : "lg:grid-cols-4"}`} role="search" aria-label="筛选督办事项">
      <label className="text-sm">
        <span className="mb-1 block text-slate-600">来源</span>
        <select name="source" defaultValue={filter.source ?? ""} className={inputClass}>
          <option value="">全部来源</option>
          {FOLLOW_UP_SOURCES.map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
        </select>
      </label>
      {manager ? (
        <>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">部门</span>
            <select name="departmentId" defaultValue={filter.departmentId ?? ""} className={inputClass}>
              <option value="">全部部门</option>
              {departments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">承办人</span>
            <select name="assigneeId" defaultValue={filter.assigneeId ?? ""} className={inputClass}>
              <option value="">全部承办人</option>
              {assignees.map((a) => <option key={a.id} value={a.id}>{a.realName}（{a.department}）</option>)}
            </select>
          </label>
        </>
      ) : null}
      <label className="text-sm">
        <span className="mb-1 block text-slate-600">状态</span>
        <select name="status" defaultValue={filter.status ?? ""} className={inputClass}>
          <option value="">全部状态</option>
          <option value="ACTIVE">未办结</option>
          {FOLLOW_UP_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </select>
      </label>
      <label className="flex items-end gap-2 pb-2 text-sm">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} className="h-4 w-4" />
        <span className="text-slate-700">只看逾期</span>
      </label>
      <div className="flex items-end gap-2">
        <button className={buttonClass.secondary} type="submit">筛选</button>
        <Link href="/follow-ups" className="pb-2 text-sm text-slate-500 hover:underline">清除</Link>
      </div>
    </form>
  );
}
