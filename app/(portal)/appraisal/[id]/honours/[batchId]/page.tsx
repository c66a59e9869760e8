import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { EligibleTable } from "@/components/appraisal/honours/eligible-table";
import { NominateForm } from "@/components/appraisal/honours/nominate-form";
import { NominationCard } from "@/components/appraisal/honours/nomination-card";
import { NominationsTable } from "@/components/appraisal/honours/nominations-table";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { GRADE_LABELS, type Grade } from "@/lib/appraisal/labels";
import {
  getCycle,
  getHonourBatch,
  honourScope,
  listEligibleNominees,
} from "@/lib/appraisal/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { LEVEL_LABELS } from "@/lib/conduct/queries";

export const metadata: Metadata = { title: "评先评优批次" };

export default async function HonourBatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; batchId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id, batchId } = await params;
  const user = await requirePagePermission("appraisal.score", "/appraisal/[id]/honours/[batchId]");
  const scope = await honourScope(user);
  if (!scope) notFound();
  const cycle = await getCycle(user, id);
  if (!cycle) notFound();
  const batch = await getHonourBatch(scope, cycle.id, batchId);
  if (!batch) notFound();
  const open = batch.status === "OPEN";
  const eligible = open ? await listEligibleNominees(scope, batch) : [];
  const { nominee } = await searchParams;
  const base = `/appraisal/${cycle.id}/honours`;
  const grades = batch.eligibleGrades.map((g) => GRADE_LABELS[g as Grade] ?? g).join("、");
  const full = batch.used >= batch.quota;
  const available = eligible.filter((e) => !e.nominated);
  return (
    <>
      <PageHeader
        title={batch.title}
        description={`${cycle.title} · ${LEVEL_LABELS[batch.level as keyof typeof LEVEL_LABELS] ?? batch.level}“${batch.honourTitle}”`}
        actions={
          <Link href={base} className={buttonClass.secondary}>
            全部批次
          </Link>
        }
      />
      <Card className="mb-4">
        <dl className="grid gap-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-xs text-slate-500">名额（已用 / 总数）</dt>
            <dd className="mt-0.5 text-lg font-semibold tabular-nums" aria-label="名额使用">
              {batch.used} / {batch.quota}
              {full ? (
                <span className="ml-2 text-xs font-normal text-amber-700">已满额</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">可推荐等次</dt>
            <dd className="mt-0.5">{grades}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">审核流程</dt>
            <dd className="mt-0.5">部门推荐 → 政治处审核 → 党组审定</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">状态</dt>
            <dd className="mt-0.5">
              <Badge tone={open ? "blue" : "gray"}>{open ? "推荐中" : "已结束"}</Badge>
            </dd>
          </div>
        </dl>
      </Card>
      {open && scope.nominates ? (
        <Card title="可推荐人员" className="mb-4">
          {eligible.length === 0 ? (
            <EmptyState
              title={scope.office ? "没有符合条件的人员" : "本部门没有符合条件的人员"}
              hint={`本批次只能推荐考评等次为“${grades}”的人员。`}
            />
          ) : (
            <>
              <p className="mb-2 text-xs text-slate-500">
                {scope.office
                  ? "全院考评等次符合条件的人员，按全院名次排列。"
                  : "本部门考评等次符合条件的人员（按考评时所在部门），按全院名次排列。"}
              </p>
              <EligibleTable rows={eligible} base={`${base}/${batch.id}`} />
            </>
          )}
          {available.length > 0 ? (
            <section id="nominate" className="mt-4 scroll-mt-4 border-t border-slate-100 pt-4">
              <h3 className="mb-2 text-sm font-semibold text-slate-800">推荐</h3>
              {full ? (
                <p className="mb-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
                  本批次名额已满；被退回的推荐会释放名额。
                </p>
              ) : null}
              <NominateForm
                key={nominee ?? ""}
                batchId={batch.id}
                defaultNominee={nominee}
                nominees={available.map((e) => ({
                  userId: e.userId,
                  name: e.subjectName,
                  department: e.departmentName,
                  grade: GRADE_LABELS[e.finalGrade as Grade] ?? e.finalGrade ?? "",
                  sheetHref: e.sheetHref,
                }))}
              />
            </section>
          ) : null}
        </Card>
      ) : null}
      <Card title={`推荐名单（${batch.nominations.length}）`} className="mb-4">
        {batch.nominations.length === 0 ? (
          <EmptyState
            title="暂无推荐"
            hint={
              scope.nominates && open
                ? "在上方“可推荐人员”中选择人员并填写主要事迹即可推荐。"
                : scope.leader && !scope.office
                  ? "推荐经部门和政治处审核通过后，提交党组审定时显示在这里。"
                  : "部门推荐后显示在这里。"
            }
          />
        ) : (
          <NominationsTable rows={batch.nominations} />
        )}
      </Card>
      <div className="space-y-4">
        {batch.nominations.map((n) => (
          <NominationCard key={n.id} n={n} cycleId={cycle.id} />
        ))}
      </div>
    </>
  );
}
