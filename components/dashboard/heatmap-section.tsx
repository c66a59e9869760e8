import Link from "next/link";

import { Card } from "@/components/ui/card";
import type { MonthStatus } from "@/lib/dashboard/completeness";
import type { HeatmapRows } from "@/lib/dashboard/heatmap";
import type { HeatRow } from "@/lib/dashboard/index";

import { HeatmapTables } from "./heatmap";

/** The last `count` months of a row, for the heatmap. */
function tail(row: HeatRow, count: number): HeatRow {
  return { ...row, cells: row.cells.slice(-count), members: row.members?.slice(-count) };
}

/** The query string that shows every department's row, and the heatmap's anchor. */
export const ALL_DEPARTMENTS_PARAM = "heatmap";
const ANCHOR = "dashboard-heatmap";

/** What the heatmap shows of the departments, and the link to the others (展开全部) or back. */
function RowsNote({ heatmap, all }: { heatmap: HeatmapRows; all: boolean }) {
  if (!heatmap.bounded && !all) return null;
  return (
    <p className="mb-2 text-xs text-slate-600">
      {heatmap.bounded
        ? `共 ${heatmap.total} 个部门，先显示有预警及最近指数最低的 ${heatmap.rows.length} 个；全院和其他部门两行按全部部门计算。`
        : `显示全部 ${heatmap.total} 个部门。`}{" "}
      <Link
        href={`/dashboard${heatmap.bounded ? `?${ALL_DEPARTMENTS_PARAM}=all` : ""}#${ANCHOR}`}
        prefetch={false}
        className="text-brand-700 underline"
      >
        {heatmap.bounded ? `展开全部 ${heatmap.total} 个部门` : "收起"}
      </Link>
    </p>
  );
}

/**
 * The heatmap card: the 院 row, the departments `heatmap` holds (at most
 * HEATMAP_ROWS unless `all`), then 其他部门 (departments merged for masking).
 */
export function HeatmapSection({
  months,
  overall,
  heatmap,
  other,
  status,
  count,
  all = false,
}: {
  months: string[];
  status: MonthStatus[];
  overall: HeatRow;
  heatmap: HeatmapRows;
  other: HeatRow | null;
  count: number;
  all?: boolean;
}) {
  const departments = heatmap.rows;
  const shown = months.slice(-count);
  const rows = [
    tail(overall, count),
    ...departments.map((r) => tail(r, count)),
    ...(other ? [tail(other, count)] : []),
  ];
  const pulseMonths = shown.flatMap((m, i) =>
    rows.some(
      (r) =>
        r.cells[i].kind === "masked" || (r.cells[i].kind === "value" && r.cells[i].pulse !== null),
    )
      ? [i]
      : [],
  );
  return (
    <Card id={ANCHOR} title={`部门思想状况热力图（近 ${count} 个月）`}>
      <RowsNote heatmap={heatmap} all={all} />
      {departments.length === 0 ? (
        <p className="text-sm text-slate-500">
          各部门尚无思想动态报告或测评数据。信息员报送月度报告、测评结束后，这里会按月显示各部门指数。
        </p>
      ) : (
        <HeatmapTables
          months={shown}
          status={status.slice(-count)}
          rows={rows}
          pulseMonths={pulseMonths}
        />
      )}
    </Card>
  );
}
