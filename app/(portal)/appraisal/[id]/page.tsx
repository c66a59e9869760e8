import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AdvanceForm } from "@/components/appraisal/advance-form";
import { HeadedSheets } from "@/components/appraisal/headed-sheets";
import { IndicatorEditor } from "@/components/appraisal/indicator-editor";
import { IndicatorTable } from "@/components/appraisal/indicator-table";
import { ProgressTable } from "@/components/appraisal/progress-table";
import { StateStepper } from "@/components/appraisal/state-stepper";
import { HeadedDistribution } from "@/components/appraisal/summary/headed-distribution";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import type { CycleState } from "@/lib/appraisal/labels";
import { periodLabel } from "@/lib/appraisal/period";
import {
  getCycle,
  headedDistribution,
  listHeadedSheets,
  managesAppraisal,
  parseProgressStatus,
  scoringProgressPage,
  showsResults,
} from "@/lib/appraisal/queries";
import { allows, nextState } from "@/lib/appraisal/states";
import { TIE_BREAK_RULE, TOTAL_FORMULA } from "@/lib/appraisal/totals";
import { requirePagePermission } from "@/lib/auth/session";
import { DAY_MS } from "@/lib/dates";
import { formatDate, toDateInput } from "@/lib/format";
import { page as pageField } from "@/lib/forms/fields";

export const metadata: Metadata = { title: "绩效考评" };

export default async function AppraisalCyclePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const status = parseProgressStatus(sp.status);
  const user = await requirePagePermission(
    ["appraisal.score", "appraisal.read", "appraisal.manage"],
    "/appraisal/[id]",
  );
  const cycle = await getCycle(user, id);
  if (!cycle) notFound();
  const manager = managesAppraisal(user);
  const state = cycle.status as CycleState;
  const next = nextState(state);
  const now = new Date();
  const [progress, headed, distribution] = await Promise.all([
    manager && cycle.launchedAt
      ? scoringProgressPage(cycle.id, now, { page: pageField.parse(sp.page), status })
      : null,
    manager ? [] : listHeadedSheets(user, cycle.id),
    manager ? null : headedDistribution(user, cycle.id),
  ]);
  return (
    <>
      <PageHeader
        title={cycle.title}
        description={`${periodLabel(cycle.year, cycle.half)}（${formatDate(cycle.periodStart)} 至 ${formatDate(new Date(cycle.periodEnd.getTime() - DAY_MS))}）`}
        actions={
          <Link href="/appraisal" className={buttonClass.secondary}>
            返回列表
          </Link>
        }
      />
      <Card title="考评阶段" className="mb-4">
        <StateStepper state={state} />
        <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-500">评分截止</dt>
            <dd className="mt-1">{formatDate(cycle.scoringDueAt)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">公示截止</dt>
            <dd className="mt-1">
              {cycle.publicityEndsAt
                ? formatDate(new Date(cycle.publicityEndsAt.getTime() - DAY_MS))
                : "—"}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">结果冻结</dt>
            <dd className="mt-1">{formatDate(cycle.snapshotAt)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">归档</dt>
            <dd className="mt-1">{formatDate(cycle.archivedAt)}</dd>
          </div>
        </dl>
        {manager && next ? (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <AdvanceForm
              cycleId={cycle.id}
              to={next}
              defaultDate={toDateInput(new Date(now.getTime() + 14 * DAY_MS))}
            />
          </div>
        ) : null}
      </Card>
      {progress ? (
        <section id="progress" className="scroll-mt-4">
          <Card title="评分进度" className="mb-4">
            <ProgressTable cycleId={cycle.id} progress={progress} status={status} />
          </Card>
        </section>
      ) : null}
      {headed.length > 0 ? (
        <Card title="本部门考评表" className="mb-4">
          <HeadedSheets cycleId={cycle.id} sheets={headed} results={showsResults(user, state)} />
          {distribution ? (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <h3 className="mb-2 text-sm font-semibold text-slate-800">本部门等次分布</h3>
              <HeadedDistribution data={distribution} />
            </div>
          ) : null}
        </Card>
      ) : null}
      <Card title="考评指标" className="mb-4">
        <IndicatorTable categories={cycle.categories} />
        <p className="mt-3 text-xs text-slate-500">{TOTAL_FORMULA}</p>
        <p className="mt-1 text-xs text-slate-500">{TIE_BREAK_RULE}</p>
      </Card>
      {manager && allows(state, "editIndicators") ? (
        <Card title="修改考评指标" className="mb-4">
          <IndicatorEditor
            cycleId={cycle.id}
            initial={cycle.categories.map((c) => ({
              category: c.category,
              weight: c.weight,
              indicators: c.indicators.map((i) => ({
                name: i.name,
                description: i.description,
                weight: i.weight,
                target: i.target,
                type: i.type,
                rule: i.rule,
                scorer: i.scorer,
              })),
            }))}
          />
        </Card>
      ) : null}
    </>
  );
}
