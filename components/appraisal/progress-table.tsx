import { Badge, EmptyState } from "@/components/ui/card";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import {
  PROGRESS_STATUSES,
  type ProgressStatus,
  type ScoringProgressPage,
} from "@/lib/appraisal/queries";
import { formatTime } from "@/lib/format";

/**
 * Scoring progress: the figures over the whole cycle, then one page of the
 * named scorers (the late ones first), filtered by status in the URL;
 * 民主测评 only as a whole.
 */
export function ProgressTable({
  cycleId,
  progress,
  status,
}: {
  cycleId: string;
  progress: ScoringProgressPage;
  status?: ProgressStatus;
}) {
  const { summary, rows } = progress;
  if (summary.scorers === 0 && summary.peer.total === 0) return <EmptyState title="尚无评分任务" />;
  const base = `/appraisal/${cycleId}`;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        评分人 {summary.scorers} 位：逾期未完成 {summary.late} 位，进行中 {summary.open} 位，已完成{" "}
        {summary.done} 位；民主测评已收到 {summary.peer.scored}/{summary.peer.total}{" "}
        份（匿名，不显示评分人）。统计于 {formatTime(progress.asOf)}（每分钟更新）
      </p>
      <FilterBar label="筛选评分人" clearHref={`${base}#progress`} columns={3}>
        <FilterSelect label="评分状态" name="status" value={status} options={PROGRESS_STATUSES} />
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title="没有该状态的评分人" hint="调整或清除筛选条件" />
      ) : (
        <Table caption="评分进度（逾期的在前）">
          <thead>
            <tr>
              <Th>评分人</Th>
              <Th>部门</Th>
              <Th>已评 / 任务</Th>
              <Th>状态</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((s) => (
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
      )}
      <Pagination
        label="评分进度"
        page={progress.page}
        pages={progress.pages}
        total={progress.total}
        basePath={base}
        params={{ status }}
        hash="#progress"
      />
    </div>
  );
}
