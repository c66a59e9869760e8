import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Dashboard } from "@/lib/dashboard/queries";
import { milestonesWithin } from "@/lib/dashboard/milestones";
import { monthLabel } from "@/lib/dashboard/months";
import { DataDetails, fmtMean } from "./data-details";
import { IndexChart } from "./index-chart";

/** Links to the results of the rounds behind a pulse mean. */
export function PulseLinks({ value, roundIds, n }: { value: number | null; roundIds: string[]; n: number | null }) {
  if (value === null) return <>—</>;
  return (
    <>
      <Link href={`/pulse/${roundIds[0]}/results`} className="text-brand-700 hover:underline">{fmtMean(value)}</Link>
      {roundIds.slice(1).map((id, i) => <Link key={id} href={`/pulse/${id}/results`} className="ml-1 text-xs text-brand-700 hover:underline">第{i + 2}轮</Link>)}
      （{n} 人）
    </>
  );
}

export function IndexSection({ d }: { d: Dashboard }) {
  const data = d.months.map((m, i) => {
    const c = d.overall.cells[i];
    return { month: m, label: monthLabel(m, true), index: c.kind === "value" ? c.index : null };
  });
  const milestones = milestonesWithin(d.months);
  return (
    <Card title={`全院思想状况指数（近 ${d.months.length} 个月）`}>
      <IndexChart data={data} milestones={milestones} />
      <p className="mt-1 text-xs text-slate-500">
        指数 = 100 ×［0.6 ×（测评均分 − 1）/ 4 + 0.4 ×（报告情绪 − 1）/ 4］，只有一项时取该项；满分 100。
        {milestones.length ? ` 黄色阴影为改革节点（${milestones.map((m) => `${monthLabel(m.from)}至${monthLabel(m.to)} ${m.label}`).join("；")}）。` : ""}
      </p>
      <DataDetails>
        <Table caption="全院每月思想状况指数、测评均分与报告情绪">
          <thead><tr><Th>月份</Th><Th>测评均分（人数）</Th><Th>报告情绪</Th><Th>指数</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {d.months.map((m, i) => {
              const c = d.overall.cells[i];
              return (
                <tr key={m}>
                  <Td className="whitespace-nowrap">{monthLabel(m)}</Td>
                  <Td>{c.kind === "value" ? <PulseLinks value={c.pulse} roundIds={c.roundIds} n={c.n} /> : "—"}</Td>
                  <Td>{c.kind === "value" ? fmtMean(c.mood) : "—"}</Td>
                  <Td className="font-medium tabular-nums">{c.kind === "value" ? c.index : "—"}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </DataDetails>
    </Card>
  );
}
