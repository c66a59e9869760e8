import { Table, Td, Th } from "@/components/ui/table";
import { formatTenths } from "@/lib/study/units";

import { HoursBars } from "./mine-hours-bars";

/** Approved study hours per month: a bar chart, and the same figures as a table. */
export function MonthlyHours({ months }: { months: { month: string; tenths: number }[] }) {
  // "2026-03" → "3月"; January also names its year, so a 24-month span stays readable.
  const data = months.map((m) => ({
    label: m.month.endsWith("-01")
      ? `${m.month.slice(0, 4)}年1月`
      : `${Number(m.month.slice(5))}月`,
    value: m.tenths / 10,
  }));
  return (
    <>
      <HoursBars data={data} />
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700">以表格查看</summary>
        <div className="mt-2">
          <Table caption="每月经审核通过的学习时长（小时）">
            <thead>
              <tr>
                <Th>月份</Th>
                <Th className="text-right">学习时长（小时）</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {months.map((m) => (
                <tr key={m.month}>
                  <Td>{m.month}</Td>
                  <Td className="text-right tabular-nums">{formatTenths(m.tenths)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </details>
    </>
  );
}
