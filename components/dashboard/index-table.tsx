"use client";

import { Table, Td, Th } from "@/components/ui/table";
import type { MonthStatus } from "@/lib/dashboard/completeness";
import type { Cell } from "@/lib/dashboard/index";
import { monthLabel } from "@/lib/dates";

import { fmtMean } from "./data-details";
import { LazyDetails } from "./lazy-details";
import { PulseLinks } from "./pulse-links";

/** The 院 line as a table (month, pulse mean with n and rounds, mood, index), drawn when opened or printed. */
export function IndexTable({
  months,
  cells,
  status,
}: {
  months: string[];
  cells: Cell[];
  status: MonthStatus[];
}) {
  return (
    <LazyDetails>
      {() => (
        <Table caption="全院每月思想状况指数、测评均分与报告情绪">
          <thead>
            <tr>
              <Th>月份</Th>
              <Th>测评均分（人数）</Th>
              <Th>报告情绪</Th>
              <Th>指数</Th>
              <Th>状态</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {months.map((m, i) => {
              const c = cells[i];
              return (
                <tr key={m}>
                  <Td className="whitespace-nowrap">{monthLabel(m)}</Td>
                  <Td>
                    {c.kind === "value" ? (
                      <PulseLinks value={c.pulse} roundIds={c.roundIds} n={c.n} />
                    ) : (
                      "—"
                    )}
                  </Td>
                  <Td>{c.kind === "value" ? fmtMean(c.mood) : "—"}</Td>
                  <Td className="font-medium tabular-nums">{c.kind === "value" ? c.index : "—"}</Td>
                  <Td className="text-xs whitespace-nowrap">
                    {status[i].complete
                      ? "已完成"
                      : `进行中（已报 ${status[i].reported}/${status[i].expected} 个部门）`}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </LazyDetails>
  );
}
