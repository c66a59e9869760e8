import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";

/**
 * The rankings' period (and, on the list, department) as a FilterBar. No year
 * in the URL means the current year, so that is the select's first option;
 * "all" is every year.
 */
export function RankingsFilter({
  years,
  year,
  current,
  basePath,
  departments,
  dept,
}: {
  years: number[];
  year: number | null;
  current: number;
  basePath: string;
  departments?: { id: string; name: string }[];
  dept?: string;
}) {
  const others = [...years]
    .reverse()
    .filter((y) => y !== current)
    .map((y) => ({ value: String(y), label: `${y} 年` }));
  return (
    <FilterBar label="选择统计年度" clearHref={basePath} columns={departments ? 4 : 3}>
      <FilterSelect
        label="统计年度"
        name="year"
        value={year === null ? "all" : year === current ? "" : String(year)}
        all={`${current} 年`}
        options={[...others, { value: "all", label: "全部年度" }]}
      />
      {departments ? (
        <FilterSelect
          label="部门"
          name="dept"
          value={dept}
          all="全院"
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      ) : null}
    </FilterBar>
  );
}

/** The query string of a rankings link: the year (unless current) and any extras. */
export function rankingsQuery(
  yearParam: string | undefined,
  extra: Record<string, string | undefined> = {},
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ year: yearParam, ...extra })) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}
