import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { LOG_KIND_LABELS, LOG_STATUS_LABELS, type ReviewFilter } from "@/lib/study/log/schemas";

/**
 * The review queue's filters. With no status in the URL the queue shows the
 * entries waiting (待审核), so that is the status select's first option and
 * "ALL" is every state.
 */
export function ReviewFilters({
  filter,
  departments,
}: {
  filter: ReviewFilter;
  departments: { id: string; name: string }[];
}) {
  const { SUBMITTED, ...others } = LOG_STATUS_LABELS;
  return (
    <FilterBar
      label="筛选学习日志"
      clearHref="/study/review"
      columns={5}
      hidden={{ sort: filter.sort ?? "", dir: filter.dir ?? "" }}
    >
      <FilterInput
        label="关键词"
        name="q"
        type="search"
        value={filter.q}
        placeholder="学习内容或干警姓名"
      />
      <FilterSelect
        label="状态"
        name="status"
        value={filter.status === "SUBMITTED" ? "" : filter.status}
        all={SUBMITTED}
        options={{ ...others, ALL: "全部" }}
      />
      <FilterSelect
        label="学习类型"
        name="kind"
        value={filter.kind}
        all="全部类型"
        options={LOG_KIND_LABELS}
      />
      {departments.length > 1 ? (
        <FilterSelect
          label="部门"
          name="dept"
          value={filter.dept}
          all="全部部门"
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      ) : null}
    </FilterBar>
  );
}
