import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { REPORT_STATUS_LABELS, type ReportListFilter } from "@/lib/reports/schemas";

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
    <FilterBar label="筛选思想动态报告" clearHref="/reports">
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
      <FilterSelect
        label="类型"
        name="kind"
        value={f.kind}
        options={{ PERIODIC: "定期报告", ADHOC: "即时报告" }}
      />
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
