import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Cell, HeatRow } from "@/lib/dashboard/index";
import { monthLabel } from "@/lib/dashboard/months";
import { DataDetails, fmtMean } from "./data-details";
import { Heatmap } from "./heatmap";
import { PulseLinks } from "./index-section";

/** The last `count` months of a row, for the heatmap. */
function tail(row: HeatRow, count: number): HeatRow {
  return { ...row, cells: row.cells.slice(-count), members: row.members?.slice(-count) };
}

function BreakdownCell({ cell, members }: { cell: Cell; members?: string[] }) {
  if (cell.kind === "empty") return <Td>—</Td>;
  if (cell.kind === "masked") return <Td className="text-slate-500">样本不足</Td>;
  const mood = fmtMean(cell.mood);
  return (
    <Td className="text-xs whitespace-nowrap">
      测评 <PulseLinks value={cell.pulse} roundIds={cell.roundIds} n={cell.n} /> · 情绪 {cell.reportId ? <Link href={`/reports/${cell.reportId}`} className="text-brand-700 hover:underline">{mood}</Link> : mood} · 指数 {cell.index}
      {members?.length ? ` · 含 ${members.join("、")}` : null}
    </Td>
  );
}

/**
 * The heatmap is itself a table of indexes. Its data table adds what the
 * colours hide in months with a pulse round: the pulse mean with its n and
 * round, and the mood behind each index. Other months are mood only, and the
 * heatmap's value is already that mood's index.
 */
export function HeatmapSection({ months, overall, departments, other, count }: { months: string[]; overall: HeatRow; departments: HeatRow[]; other: HeatRow | null; count: number }) {
  const shown = months.slice(-count);
  const rows = [tail(overall, count), ...departments.map((r) => tail(r, count)), ...(other ? [tail(other, count)] : [])];
  const pulseMonths = shown.flatMap((m, i) => (rows.some((r) => r.cells[i].kind === "masked" || (r.cells[i].kind === "value" && r.cells[i].pulse !== null)) ? [i] : []));
  return (
    <Card title={`部门思想状况热力图（近 ${count} 个月）`}>
      {departments.length === 0 ? (
        <p className="text-sm text-slate-500">各部门尚无思想动态报告或测评数据。信息员报送月度报告、测评结束后，这里会按月显示各部门指数。</p>
      ) : (
        <Heatmap months={shown} overall={rows[0]} departments={rows.slice(1, 1 + departments.length)} other={other ? rows[rows.length - 1] : null} />
      )}
      <p className="mt-2 text-xs text-slate-500">
        有测评的月份，部门测评不足 5 人或被并入“其他部门”时显示“样本不足”，不以报告情绪代替，避免小样本被推算；被合并的部门计入“其他部门”一行。没有测评的月份只按报告情绪计算。
      </p>
      <DataDetails summary="查看测评月份明细">
        {pulseMonths.length === 0 ? (
          <p className="p-2 text-sm text-slate-500">近 {count} 个月没有已结束的测评，热力图中的数值均按信息员报告情绪计算。</p>
        ) : (
          <Table caption="有测评月份各部门的测评均分（人数）、报告情绪与指数">
            <thead><tr><Th>部门</Th>{pulseMonths.map((i) => <Th key={shown[i]}>{monthLabel(shown[i])}</Th>)}</tr></thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">{row.name}</th>
                  {pulseMonths.map((i) => <BreakdownCell key={shown[i]} cell={row.cells[i]} members={row.members?.[i]} />)}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </DataDetails>
    </Card>
  );
}
