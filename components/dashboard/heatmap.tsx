"use client";

// The heatmap and its breakdown table, rendered from the cells' data on the
// client side of the RSC boundary: the page sends the cells once as data
// instead of some 500 table elements twice (HTML and RSC payload), and the
// breakdown is drawn only when opened or printed. Both keep the dashboard
// within its response-time budget (README, benchmarks).
import Link from "next/link";

import { Table, Td, Th } from "@/components/ui/table";
import type { MonthStatus } from "@/lib/dashboard/completeness";
import type { Cell, HeatRow } from "@/lib/dashboard/index";
import { monthLabel } from "@/lib/dates";

import { fmtMean } from "./data-details";
import { LazyDetails } from "./lazy-details";
import { PulseLinks } from "./pulse-links";
import { bandOf, INDEX_BANDS, MASKED_CLASS } from "./scale";

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

const PENDING_CLASS = "border border-dashed border-slate-300 bg-white text-slate-500";

function HeatCell({
  cell,
  members,
  pending,
}: {
  cell: Cell;
  members?: string[];
  /** the month is still 进行中: its values are not shown as final */
  pending?: MonthStatus;
}) {
  if (pending)
    return (
      <td
        title={`进行中：报告尚未截止，已报 ${pending.reported}/${pending.expected} 个部门，暂不计入`}
        className={`text-[11px] leading-tight ${PENDING_CLASS}`}
      >
        进行中
      </td>
    );
  const title = describe(cell, members);
  if (cell.kind === "empty")
    return (
      <td title={title} className="text-slate-500">
        —
      </td>
    );
  if (cell.kind === "masked")
    return (
      <td title={title} className={`text-[11px] leading-tight ${MASKED_CLASS}`}>
        样本不足
      </td>
    );
  const body = cell.reportId ? (
    <Link href={`/reports/${cell.reportId}`} prefetch={false} className="block hover:underline">
      {cell.index}
    </Link>
  ) : (
    cell.index
  );
  return (
    <td title={title} className={`font-semibold tabular-nums ${bandOf(cell.index).className}`}>
      {body}
    </td>
  );
}

function BreakdownCell({ cell, members }: { cell: Cell; members?: string[] }) {
  if (cell.kind === "empty") return <Td>—</Td>;
  if (cell.kind === "masked") return <Td className="text-slate-500">样本不足</Td>;
  const mood = fmtMean(cell.mood);
  return (
    <Td className="text-xs whitespace-nowrap">
      测评 <PulseLinks value={cell.pulse} roundIds={cell.roundIds} n={cell.n} /> · 情绪{" "}
      {cell.reportId ? (
        <Link
          href={`/reports/${cell.reportId}`}
          prefetch={false}
          className="text-brand-700 hover:underline"
        >
          {mood}
        </Link>
      ) : (
        mood
      )}{" "}
      · 指数 {cell.index}
      {members?.length ? ` · 含 ${members.join("、")}` : null}
    </Td>
  );
}

/**
 * Department × month, coloured by index; masked cells never fall back to a
 * mood-only value. `rows` starts with the 院 row. The breakdown table adds
 * what the colours hide in months with a pulse round (`pulseMonths`, indexes
 * into `months`): the pulse mean with its n and round, and the mood behind
 * each index.
 */
export function HeatmapTables({
  months,
  status,
  rows,
  pulseMonths,
}: {
  months: string[];
  status: MonthStatus[];
  rows: HeatRow[];
  pulseMonths: number[];
}) {
  const overall = rows[0];
  return (
    <>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[44rem] table-fixed border-separate border-spacing-0.5 text-sm [&_td]:px-1 [&_td]:py-1.5 [&_td]:text-center [&_td]:text-xs">
          <caption className="sr-only">
            各部门近 {months.length} 个月思想状况指数热力图（样本不足的月份不显示）
          </caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="sticky left-0 z-10 w-32 bg-white px-2 py-1 text-left text-xs font-semibold text-slate-600"
              >
                部门
              </th>
              {months.map((m) => (
                <th
                  key={m}
                  scope="col"
                  className="px-1 py-1 text-center text-xs font-medium whitespace-nowrap text-slate-500"
                >
                  <abbr title={monthLabel(m)} className="no-underline">
                    {monthLabel(m, true)}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th
                  scope="row"
                  className={`sticky left-0 z-10 bg-white px-2 py-1 text-left text-xs whitespace-nowrap ${row === overall ? "font-bold text-slate-900" : "font-medium text-slate-700"}`}
                >
                  {row.name}
                </th>
                {row.cells.map((c, i) => (
                  <HeatCell
                    key={months[i]}
                    cell={c}
                    members={row.members?.[i]}
                    pending={status[i].complete ? undefined : status[i]}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul
        aria-label="图例"
        className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-slate-600"
      >
        {INDEX_BANDS.map((b) => (
          <li key={b.label} className="flex items-center gap-1.5">
            <span aria-hidden className={`inline-block h-3.5 w-5 rounded-sm ${b.className}`} />
            {b.label}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={`inline-block h-3.5 w-5 rounded-sm ${MASKED_CLASS}`} />
          样本不足（测评不足 5 人或并入其他部门）
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={`inline-block h-3.5 w-5 rounded-sm ${PENDING_CLASS}`} />
          进行中（报告尚未截止且报送不足 80%，暂不计入）
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block w-5 text-center text-slate-400">
            —
          </span>
          无数据
        </li>
      </ul>
      <p className="mt-2 text-xs text-slate-500">
        有测评的月份，部门测评不足 5
        人或被并入“其他部门”时显示“样本不足”，不以报告情绪代替，避免小样本被推算；被合并的部门计入“其他部门”一行。没有测评的月份只按报告情绪计算。
      </p>
      <LazyDetails summary="查看测评月份明细">
        {() =>
          pulseMonths.length === 0 ? (
            <p className="p-2 text-sm text-slate-500">
              近 {months.length} 个月没有已结束的测评，热力图中的数值均按信息员报告情绪计算。
            </p>
          ) : (
            <Table caption="有测评月份各部门的测评均分（人数）、报告情绪与指数">
              <thead>
                <tr>
                  <Th>部门</Th>
                  {pulseMonths.map((i) => (
                    <Th key={months[i]}>{monthLabel(months[i])}</Th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">
                      {row.name}
                    </th>
                    {pulseMonths.map((i) => (
                      <BreakdownCell
                        key={months[i]}
                        cell={row.cells[i]}
                        members={row.members?.[i]}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </LazyDetails>
    </>
  );
}
