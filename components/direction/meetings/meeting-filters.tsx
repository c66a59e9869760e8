import { FilterBar, FilterCheckbox, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { MEETING_TYPE_LABELS } from "@/lib/direction/labels";
import type { MeetingListFilter } from "@/lib/direction/meetings/schemas";

import { yearOptions } from "../year-options";

export function MeetingFilters({ filter, years }: { filter: MeetingListFilter; years: number[] }) {
  return (
    <FilterBar
      label="筛选会议"
      clearHref="/direction/meetings"
      hidden={{ sort: filter.sort ?? "", dir: filter.dir ?? "" }}
    >
      <FilterInput label="关键词" name="q" type="search" value={filter.q} placeholder="会议名称" />
      <FilterSelect
        label="年度"
        name="year"
        value={filter.year?.toString()}
        all="全部年度"
        options={yearOptions(years)}
      />
      <FilterSelect
        label="会议类型"
        name="type"
        value={filter.type}
        all="全部类型"
        options={MEETING_TYPE_LABELS}
      />
      <FilterCheckbox label="只看我参加的" name="mine" checked={Boolean(filter.mine)} />
    </FilterBar>
  );
}
