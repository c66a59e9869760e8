import { Table, Td, Th } from "@/components/ui/table";
import type { ScoringSummary } from "@/lib/appraisal/queries";

const KIND_LABELS = { PERSON: "个人考评表", DEPARTMENT: "部门考评表" } as const;

/** Sheets by the state of their MANUAL scoring, and the tasks scored and late. */
export function ScoringSummaryTable({ scoring }: { scoring: ScoringSummary }) {
  const { tasks } = scoring;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        人工评分任务已完成 {tasks.scored}/{tasks.total} 项
        {tasks.total > 0 ? `（${Math.floor((tasks.scored / tasks.total) * 100)}%）` : ""}
        ，逾期未评 {tasks.late} 项。
      </p>
      <Table caption="考评表评分状态">
        <thead>
          <tr>
            <Th>考评表</Th>
            <Th>合计</Th>
            <Th>已评完</Th>
            <Th>评分中</Th>
            <Th>未开始</Th>
            <Th>仅自动计算</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {(["PERSON", "DEPARTMENT"] as const).map((k) => {
            const s = scoring.sheets[k];
            return (
              <tr key={k}>
                <Td className="whitespace-nowrap">{KIND_LABELS[k]}</Td>
                <Td className="tabular-nums">{s.total}</Td>
                <Td className="tabular-nums">{s.complete}</Td>
                <Td className="tabular-nums">{s.partial}</Td>
                <Td className="tabular-nums">{s.notStarted}</Td>
                <Td className="tabular-nums">{s.autoOnly}</Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
