import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
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
    <FilterBar label="筛选部署事项" clearHref="/direction/deployments">
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
    </FilterBar>
  );
}
