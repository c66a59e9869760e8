import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { CATEGORY_LABELS, STATUS_LABELS } from "@/lib/conduct/labels";
import type { ConductListFilter } from "@/lib/conduct/schemas";

/** Keyword, category, status and year: a GET form (keeping the sort), so a filtered list can be bookmarked. */
export function ConductFilters({
  filter,
  basePath,
  drafts,
}: {
  filter: ConductListFilter;
  basePath: string;
  drafts: boolean;
}) {
  const statuses = drafts
    ? STATUS_LABELS
    : { CONFIRMED: STATUS_LABELS.CONFIRMED, REVOKED: STATUS_LABELS.REVOKED };
  return (
    <FilterBar
      label="筛选履职表现记录"
      clearHref={basePath}
      columns={5}
      hidden={{ sort: filter.sort ?? "", dir: filter.dir ?? "" }}
    >
      <FilterInput
        label="关键词"
        name="q"
        type="search"
        value={filter.q}
        placeholder="人员、部门、标题或文号"
      />
      <FilterSelect
        label="类别"
        name="category"
        value={filter.category}
        options={CATEGORY_LABELS}
      />
      <FilterSelect label="状态" name="status" value={filter.status} options={statuses} />
      <FilterInput
        label="年度"
        name="year"
        type="number"
        min={2000}
        max={2100}
        value={filter.year ? String(filter.year) : ""}
        placeholder="如 2026"
      />
    </FilterBar>
  );
}

export function filterParams(f: ConductListFilter): Record<string, string | undefined> {
  return {
    q: f.q,
    sort: f.sort,
    dir: f.dir,
    category: f.category,
    status: f.status,
    year: f.year ? String(f.year) : undefined,
  };
}
