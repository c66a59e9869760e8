import { Badge, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";

type Progress = {
  scorers: {
    scorerId: string;
    name: string;
    department: string;
    total: number;
    scored: number;
    late: number;
  }[];
  peer: { total: number; scored: number };
};

/** Scoring progress per named scorer, the late ones first; 民主测评 only as a whole. */
export function ProgressTable({ progress }: { progress: Progress }) {
  const { scorers, peer } = progress;
  if (scorers.length === 0 && peer.total === 0) return <EmptyState title="尚无评分任务" />;
  const late = scorers.filter((s) => s.late > 0).length;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        评分人 {scorers.length} 位，逾期未完成 {late} 位；民主测评已收到 {peer.scored}/{peer.total}{" "}
        份（匿名，不显示评分人）。
      </p>
      <Table caption="评分进度">
        <thead>
          <tr>
            <Th>评分人</Th>
            <Th>部门</Th>
            <Th>已评 / 任务</Th>
            <Th>状态</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {scorers.map((s) => (
            <tr key={s.scorerId}>
              <Td>{s.name}</Td>
              <Td>{s.department || "—"}</Td>
              <Td className="tabular-nums">
                {s.scored} / {s.total}
              </Td>
              <Td>
                {s.late > 0 ? (
                  <Badge tone="red">逾期 {s.late} 项</Badge>
                ) : s.scored === s.total ? (
                  <Badge tone="green">已完成</Badge>
                ) : (
                  <Badge tone="blue">进行中</Badge>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
