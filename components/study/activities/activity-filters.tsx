import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import type { ActivityListFilter } from "@/lib/study/activities/schemas";
import { ACTIVITY_TYPE_LABELS } from "@/lib/study/types";

export function ActivityFilters({
  filter,
  campaigns,
}: {
  filter: ActivityListFilter;
  campaigns: { id: string; title: string }[];
}) {
  return (
    <FilterBar
      label="筛选学习活动"
      clearHref="/study/activities"
      columns={5}
      hidden={{ sort: filter.sort ?? "", dir: filter.dir ?? "" }}
    >
      <FilterInput
        label="关键词"
        name="q"
        type="search"
        value={filter.q}
        placeholder="活动名称或组织人"
      />
      <FilterSelect
        label="专题"
        name="campaignId"
        value={filter.campaignId}
        all="全部专题"
        options={campaigns.map((c) => ({ value: c.id, label: c.title }))}
      />
      <FilterSelect
        label="活动类型"
        name="type"
        value={filter.type}
        all="全部类型"
        options={ACTIVITY_TYPE_LABELS}
      />
      <FilterInput label="月份" name="month" type="month" value={filter.month} />
    </FilterBar>
  );
}
