import { FilterBar, FilterCheckbox, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { SOURCE_LABELS, STATUS_LABELS } from "@/lib/follow-ups/labels";
import type { FollowUpListFilter } from "@/lib/follow-ups/schemas";
import { FOLLOW_UP_SOURCES } from "@/lib/follow-ups/sources";
import { FOLLOW_UP_STATUSES } from "@/lib/follow-ups/state";

import type { AssigneeOption } from "./assignee-select";

export function FollowUpFilters({
  filter,
  manager,
  departments,
  assignees,
}: {
  filter: FollowUpListFilter;
  manager: boolean;
  departments: { id: string; name: string }[];
  assignees: AssigneeOption[];
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
          <FilterSelect
            label="部门"
            name="departmentId"
            value={filter.departmentId}
            all="全部部门"
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
          <FilterSelect
            label="承办人"
            name="assigneeId"
            value={filter.assigneeId}
            all="全部承办人"
            options={assignees.map((a) => ({
              value: a.id,
              label: `${a.realName}（${a.department}）`,
            }))}
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
