import { Card } from "@/components/ui/card";
import type { MonthStatus } from "@/lib/dashboard/completeness";
import type { HeatRow } from "@/lib/dashboard/index";

import { HeatmapTables } from "./heatmap";

/** The last `count` months of a row, for the heatmap. */
function tail(row: HeatRow, count: number): HeatRow {
  return { ...row, cells: row.cells.slice(-count), members: row.members?.slice(-count) };
}

/** The heatmap card: the 院 row, each department, then 其他部门 (departments merged for masking). */
export function HeatmapSection({
  months,
  overall,
  departments,
  other,
  status,
  count,
}: {
  months: string[];
  status: MonthStatus[];
  overall: HeatRow;
  departments: HeatRow[];
  other: HeatRow | null;
  count: number;
}) {
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
    <Card title={`部门思想状况热力图（近 ${count} 个月）`}>
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
