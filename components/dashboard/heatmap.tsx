import Link from "next/link";
import type { Cell, HeatRow } from "@/lib/dashboard/index";
import { monthLabel } from "@/lib/dashboard/months";
import { bandOf, INDEX_BANDS, MASKED_CLASS } from "./scale";
import { fmtMean } from "./data-details";

/** The cell's tooltip: row and column are in sight, so only the figures. */
function describe(cell: Cell, members: string[] | undefined): string {
  if (cell.kind === "empty") return "无数据";
  if (cell.kind === "masked") return "测评不足 5 人或已并入其他部门，不单独显示";
  const parts = [`指数 ${cell.index}`];
  if (cell.pulse !== null) parts.push(`测评 ${fmtMean(cell.pulse)}（${cell.n} 人）`);
  if (cell.mood !== null) parts.push(`报告情绪 ${fmtMean(cell.mood)}`);
  if (members?.length) parts.push(`含 ${members.join("、")}`);
  return parts.join("，");
}

function HeatCell({ cell, members }: { cell: Cell; members?: string[] }) {
  const title = describe(cell, members);
  if (cell.kind === "empty") return <td title={title} className="text-slate-400">—</td>;
  if (cell.kind === "masked") return <td title={title} className={`text-[11px] leading-tight ${MASKED_CLASS}`}>样本不足</td>;
  const body = cell.reportId ? <Link href={`/reports/${cell.reportId}`} className="block hover:underline">{cell.index}</Link> : cell.index;
  return <td title={title} className={`font-semibold tabular-nums ${bandOf(cell.index).className}`}>{body}</td>;
}

/** Department × month, coloured by index; masked cells never fall back to a mood-only value. */
export function Heatmap({ months, overall, departments, other }: { months: string[]; overall: HeatRow; departments: HeatRow[]; other: HeatRow | null }) {
  const rows = [overall, ...departments, ...(other ? [other] : [])];
  return (
    <>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[44rem] table-fixed border-separate border-spacing-0.5 text-sm [&_td]:px-1 [&_td]:py-1.5 [&_td]:text-center [&_td]:text-xs">
          <caption className="sr-only">各部门近 {months.length} 个月思想状况指数热力图（样本不足的月份不显示）</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-10 w-32 bg-white px-2 py-1 text-left text-xs font-semibold text-slate-600">部门</th>
              {months.map((m) => <th key={m} scope="col" className="px-1 py-1 text-center text-xs font-medium whitespace-nowrap text-slate-500"><abbr title={monthLabel(m)} className="no-underline">{monthLabel(m, true)}</abbr></th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className={`sticky left-0 z-10 bg-white px-2 py-1 text-left text-xs whitespace-nowrap ${row === overall ? "font-bold text-slate-900" : "font-medium text-slate-700"}`}>{row.name}</th>
                {row.cells.map((c, i) => <HeatCell key={months[i]} cell={c} members={row.members?.[i]} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label="图例" className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-slate-600">
        {INDEX_BANDS.map((b) => <li key={b.label} className="flex items-center gap-1.5"><span aria-hidden className={`inline-block h-3.5 w-5 rounded-sm ${b.className}`} />{b.label}</li>)}
        <li className="flex items-center gap-1.5"><span aria-hidden className={`inline-block h-3.5 w-5 rounded-sm ${MASKED_CLASS}`} />样本不足（测评不足 5 人或并入其他部门）</li>
        <li className="flex items-center gap-1.5"><span aria-hidden className="inline-block w-5 text-center text-slate-400">—</span>无数据</li>
      </ul>
    </>
  );
}
