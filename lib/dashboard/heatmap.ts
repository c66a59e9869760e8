// Which department rows the dashboard's heatmap draws (issue 18). A 院 of a
// hundred departments would send every row × 12 months to the page on every
// view; the heatmap draws at most HEATMAP_ROWS of them, those most in need of
// attention, and the full list only on request (展开全部). The 院 row, the
// 其他部门 row, the headline and the warnings are computed over every
// department either way (lib/dashboard/sentiment.ts). Pure.
import type { MonthStatus } from "./completeness";
import type { HeatRow, Warning } from "./index";

/** Department rows drawn unless the viewer asks for all of them. */
export const HEATMAP_ROWS = 20;

export type HeatmapRows = {
  rows: HeatRow[];
  /** departments with a row (listed in the window) */
  total: number;
  /** true when some rows were left out */
  bounded: boolean;
};

/** The latest complete month's index in `months`-long tails, or null (no value in a complete month). */
function latestIndex(row: HeatRow, status: MonthStatus[]): number | null {
  for (let i = row.cells.length - 1; i >= 0; i--) {
    const c = row.cells[i];
    if (status[i]?.complete && c.kind === "value") return c.index;
  }
  return null;
}

/**
 * All rows in their usual order when there are at most `limit` (or `all`).
 * Otherwise the `limit` most in need of attention, in that order: departments
 * with a warning first (in the warnings' order: 显著, then the larger drop),
 * then the lowest latest complete index, then those without one; ties keep
 * the usual order.
 */
export function heatmapRows(
  departments: HeatRow[],
  warnings: Pick<Warning, "departmentId">[],
  status: MonthStatus[],
  opts: { all?: boolean; limit?: number } = {},
): HeatmapRows {
  const limit = opts.limit ?? HEATMAP_ROWS;
  const total = departments.length;
  if (opts.all || total <= limit) return { rows: departments, total, bounded: false };
  const warned = new Map(warnings.map((w, i) => [w.departmentId, i]));
  const ranked = departments.map((row, order) => ({
    row,
    order,
    warning: warned.get(row.key) ?? Infinity,
    latest: latestIndex(row, status) ?? Infinity,
  }));
  ranked.sort(
    (a, b) =>
      a.warning - b.warning ||
      (a.latest === b.latest ? 0 : a.latest < b.latest ? -1 : 1) ||
      a.order - b.order,
  );
  return { rows: ranked.slice(0, limit).map((r) => r.row), total, bounded: true };
}
