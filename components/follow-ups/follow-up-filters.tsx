import { FilterBar, FilterCheckbox, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { inputClass } from "@/components/ui/styles";
import { FILTER_OPTION_LIMIT, type FilterOptions } from "@/lib/follow-ups/filter-options";
import { SOURCE_LABELS, STATUS_LABELS } from "@/lib/follow-ups/labels";
import type { FollowUpListFilter } from "@/lib/follow-ups/schemas";
import { FOLLOW_UP_SOURCES } from "@/lib/follow-ups/sources";
import { FOLLOW_UP_STATUSES } from "@/lib/follow-ups/state";

export function FollowUpFilters({
  filter,
  manager,
  departments,
  assignees,
}: {
  filter: FollowUpListFilter;
  manager: boolean;
  departments: FilterOptions;
  assignees: FilterOptions;
}) {
  return (
    <FilterBar
      label="筛选督办事项"
      clearHref="/follow-ups"
      columns={manager ? 6 : 4}
      hidden={{ sort: filter.sort ?? "", dir: filter.dir ?? "" }}
    >
      <FilterInput
        label="关键词"
        name="q"
        type="search"
        value={filter.q}
        placeholder={manager ? "事项、承办人、部门或来源" : "事项、部门或来源"}
      />
      <FilterSelect
        label="来源"
        name="source"
        value={filter.source}
        all="全部来源"
        options={FOLLOW_UP_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] }))}
      />
      {manager ? (
        <>
          <BoundedSelect
            label="部门"
            name="departmentId"
            value={filter.departmentId}
            all="全部部门"
            choice={departments}
            hint={`仅列出督办事项最多的 ${FILTER_OPTION_LIMIT} 个部门，其他部门可用关键词查找`}
          />
          <BoundedSelect
            label="承办人"
            name="assigneeId"
            value={filter.assigneeId}
            all="全部承办人"
            choice={assignees}
            hint={`仅列出督办事项最多的 ${FILTER_OPTION_LIMIT} 人，其他承办人可用关键词按姓名查找`}
          />
        </>
      ) : null}
      <FilterSelect
        label="状态"
        name="status"
        value={filter.status}
        all="全部状态"
        options={[
          { value: "ACTIVE", label: "未办结" },
          ...FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
        ]}
      />
      <FilterCheckbox label="只看逾期" name="overdue" checked={filter.overdue} />
    </FilterBar>
  );
}

/**
 * A FilterSelect over a bounded choice (lib/follow-ups/filter-options.ts):
 * when the list was cut, a hint under it, tied to the select, says how to
 * reach the rest.
 */
function BoundedSelect({
  label,
  name,
  value,
  all,
  choice,
  hint,
}: {
  label: string;
  name: string;
  value?: string;
  all: string;
  choice: FilterOptions;
  hint: string;
}) {
  const hintId = `${name}-hint`;
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-600">{label}</span>
      <select
        name={name}
        defaultValue={value ?? ""}
        className={inputClass}
        aria-describedby={choice.capped ? hintId : undefined}
      >
        <option value="">{all}</option>
        {choice.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {choice.capped ? (
        <span id={hintId} className="mt-1 block text-xs text-slate-500">
          {hint}
        </span>
      ) : null}
    </label>
  );
}
