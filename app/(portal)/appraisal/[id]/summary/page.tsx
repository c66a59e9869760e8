import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DepartmentRanking } from "@/components/appraisal/summary/department-ranking";
import { GradeDistributionView } from "@/components/appraisal/summary/grade-distribution";
import { ScoringSummaryTable } from "@/components/appraisal/summary/scoring-summary";
import { SummaryFigures } from "@/components/appraisal/summary/summary-figures";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { CYCLE_STATE_LABELS, type CycleState } from "@/lib/appraisal/labels";
import { cycleSummary, getCycle } from "@/lib/appraisal/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "考评汇总" };

/** 院领导 and 政治处: the 院's results of a cycle, the department ranking, and the grades against the target. */
export default async function AppraisalSummaryPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const user = await requirePagePermission("appraisal.read", "/appraisal/[id]/summary");
  const cycle = await getCycle(user, id);
  if (!cycle) notFound();
  const summary = await cycleSummary(user, cycle.id, new Date());
  if (!summary) notFound();
  const state = cycle.status as CycleState;
  const results = summary.results;
  return (
    <>
      <PageHeader
        title={`${cycle.title} · 考评汇总`}
        description={`当前阶段：${CYCLE_STATE_LABELS[state]}${cycle.snapshotAt ? `；结果冻结于 ${formatDate(cycle.snapshotAt)}，此后的校准与异议调整已计入` : ""}`}
      />
      {results ? (
        <>
          <SummaryFigures
            totals={results.totals}
            excellent={results.distribution.all.counts.EXCELLENT}
            cap={results.distribution.excellentCap}
            departments={results.departments.length}
          />
          <Card title="部门排名" className="mb-4">
            <DepartmentRanking cycleId={cycle.id} rows={results.departments} />
          </Card>
          <Card title="全院等次分布" className="mb-4">
            <GradeDistributionView
              id="all-grades"
              title="全院"
              dist={results.distribution.all}
              target={results.distribution.target}
              cap={results.distribution.excellentCap}
            />
          </Card>
        </>
      ) : (
        <Card title="考评结果" className="mb-4">
          <EmptyState
            title="考评结果尚未产生"
            hint={`打分结束、进入“校准”阶段后，这里显示全院总分、部门排名和等次分布${cycle.scoringDueAt ? `（评分截止 ${formatDate(cycle.scoringDueAt)}）` : ""}。`}
          />
        </Card>
      )}
      <Card title="评分进度" className="mb-4">
        <ScoringSummaryTable scoring={summary.scoring} />
      </Card>
    </>
  );
}
