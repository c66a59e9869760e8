import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import {
  REPORT_KIND_LABELS,
  REPORT_STATUS_LABELS,
  type ReportListFilter,
} from "@/lib/reports/schemas";

type Option = { id: string; name: string };

export function ReportFilters({
  filter: f,
  departments,
  topics,
  all,
}: {
  filter: ReportListFilter;
  departments: Option[];
  topics: (Option & { active: boolean })[];
  all: boolean;
}) {
  return (
    <FilterBar
      label="筛选思想动态报告"
      clearHref="/reports"
      hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
    >
      <FilterInput
        label="关键词"
        name="q"
        type="search"
        value={f.q}
        placeholder={all ? "标题、综述、部门或信息员" : "标题、综述或信息员"}
      />
      {all ? (
        <FilterSelect
          label="部门"
          name="departmentId"
          value={f.departmentId}
          all="全部部门"
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      ) : null}
      <FilterSelect label="状态" name="status" value={f.status} options={REPORT_STATUS_LABELS} />
      <FilterSelect label="类型" name="kind" value={f.kind} options={REPORT_KIND_LABELS} />
      <FilterSelect
        label="热点话题"
        name="topicId"
        value={f.topicId}
        options={topics.map((t) => ({
          value: t.id,
          label: `${t.name}${t.active ? "" : "（已停用）"}`,
        }))}
      />
      <FilterInput label="起始月份" name="from" type="month" value={f.from} />
      <FilterInput label="截止月份" name="to" type="month" value={f.to} />
    </FilterBar>
  );
}
