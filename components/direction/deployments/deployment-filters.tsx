import { FilterBar, FilterCheckbox, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import {
  DEPLOYMENT_STATE_LABELS,
  type DeploymentListFilter,
} from "@/lib/direction/deployments/schemas";

import { yearOptions } from "../year-options";

export function DeploymentFilters({
  filter,
  years,
}: {
  filter: DeploymentListFilter;
  years: number[];
}) {
  return (
    <FilterBar
      label="筛选部署事项"
      clearHref="/direction/deployments"
      hidden={{ sort: filter.sort ?? "", dir: filter.dir ?? "" }}
    >
      <FilterInput
        label="关键词"
        name="q"
        type="search"
        value={filter.q}
        placeholder="部署事项名称"
      />
      <FilterSelect
        label="年度"
        name="year"
        value={filter.year?.toString()}
        all="全部年度"
        options={yearOptions(years)}
      />
      <FilterSelect
        label="落实情况"
        name="state"
        value={filter.state}
        all="全部"
        options={DEPLOYMENT_STATE_LABELS}
      />
      <FilterCheckbox label="只看需我落实的" name="mine" checked={Boolean(filter.mine)} />
    </FilterBar>
  );
}
