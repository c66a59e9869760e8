import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { HeatRow } from "@/lib/dashboard/index";
import { monthLabel } from "@/lib/dashboard/months";
import { DataDetails, fmtMean } from "./data-details";
import { Heatmap } from "./heatmap";
import { PulseLinks } from "./index-section";

/** The last `count` months of a row, for the heatmap. */
function tail(row: HeatRow, count: number): HeatRow {
  return { ...row, cells: row.cells.slice(-count), members: row.members?.slice(-count) };
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
          <Table caption="有测评月份各部门的测评均分、报告情绪与指数">
            <thead><tr><Th>月份</Th><Th>部门</Th><Th>测评均分（人数）</Th><Th>报告情绪</Th><Th>指数</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {pulseMonths.flatMap((i) =>
                rows.map((row) => {
                  const c = row.cells[i];
                  if (c.kind === "empty") return null;
                  return (
                    <tr key={`${shown[i]}-${row.key}`}>
                      <Td className="whitespace-nowrap">{monthLabel(shown[i])}</Td>
                      <Td className="whitespace-nowrap">{row.name}{row.members?.[i]?.length ? <span className="block text-xs text-slate-500">含 {row.members[i].join("、")}</span> : null}</Td>
                      {c.kind === "masked" ? (
                        <td colSpan={3} className="px-3 py-2 text-slate-500">样本不足，不单独显示</td>
                      ) : (
                        <>
                          <Td><PulseLinks value={c.pulse} roundIds={c.roundIds} n={c.n} /></Td>
                          <Td>{c.reportId ? <Link href={`/reports/${c.reportId}`} className="text-brand-700 hover:underline">{fmtMean(c.mood)}</Link> : fmtMean(c.mood)}</Td>
                          <Td className="font-medium tabular-nums">{c.index}</Td>
                        </>
                      )}
                    </tr>
                  );
                }),
              )}
            </tbody>
          </Table>
        )}
      </DataDetails>
    </Card>
  );
}
