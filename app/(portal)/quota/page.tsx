import type { Metadata } from "next";
import Link from "next/link";

import { OUTCOME_TONES, PHASE_TONES } from "@/components/quota/tones";
import { ActionButton } from "@/components/ui/action-button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { registerForQuota, withdrawFromQuota } from "@/lib/quota/actions";
import { ELIGIBILITY_RULE, OUTCOME_LABELS } from "@/lib/quota/labels";
import { listRounds, quotaEligibility } from "@/lib/quota/queries";
import { PHASE_LABELS, roundPhase } from "@/lib/quota/rules";
import { QuotaPage } from "@/lib/quota/schemas";
import { formatCenti } from "@/lib/scores";

export const metadata: Metadata = { title: "入额遴选" };

export default async function QuotaRoundsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(["quota.register", "quota.manage"], "/quota");
  const { page } = QuotaPage.parse(await searchParams);
  const manager = can(user.roles, "quota.manage");
  const [data, eligibility] = await Promise.all([listRounds(user, page), quotaEligibility(user)]);
  const now = new Date();
  return (
    <>
      <PageHeader
        title="入额遴选"
        description="员额检察官遴选：报名、考核评分、公示和入额结果。"
        actions={
          manager ? (
            <Link href="/quota/new" className={buttonClass.primary}>
              新建遴选
            </Link>
          ) : null
        }
      />
      <Card className="mb-4">
        <p className="text-sm text-slate-700">{ELIGIBILITY_RULE}</p>
        <p className="mt-1 text-sm">
          {eligibility.eligible ? (
            <span className="text-green-700">您符合报名条件，可在报名期内报名。</span>
          ) : eligibility.prosecutor ? (
            <span className="text-slate-600">您已是员额检察官，无需报名。</span>
          ) : (
            <span className="text-slate-600">您的账户不符合报名条件。</span>
          )}
        </p>
      </Card>
      {data.rows.length === 0 ? (
        <Card>
          <EmptyState
            title="暂无入额遴选"
            hint={manager ? "点击右上角“新建遴选”发布第一轮遴选" : "政治处发布遴选后将在此显示"}
          />
        </Card>
      ) : (
        <ul className="space-y-3" aria-label="遴选列表">
          {data.rows.map((r) => {
            const phase = roundPhase(r, now);
            const open = phase === "REG_OPEN";
            return (
              <li key={r.id}>
                <Card>
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0">
                      <h2 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-800">
                        <Link href={`/quota/${r.id}`} className="text-brand-700 hover:underline">
                          {r.title}
                        </Link>
                        <StatusBadge status={phase} labels={PHASE_LABELS} tones={PHASE_TONES} />
                      </h2>
                      <p className="mt-1 text-sm text-slate-600">
                        员额 {r.places} 名 · 报名 {formatDate(r.registrationOpensAt)} 至{" "}
                        {formatDate(r.registrationClosesAt)} · 已报名 {r._count.registrations} 人
                        {r.publicityStartsOn
                          ? ` · 公示 ${formatDate(r.publicityStartsOn)} 至 ${formatDate(r.publicityEndsOn)}`
                          : ""}
                      </p>
                      {r.mine ? (
                        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                          <span className="text-slate-600">我的报名：</span>
                          <StatusBadge
                            status={r.mine.outcome}
                            labels={OUTCOME_LABELS}
                            tones={OUTCOME_TONES}
                          />
                          {r.mine.rank !== null ? (
                            <span className="text-slate-600">
                              总成绩 {formatCenti(r.mine.totalCenti)} · 排名第 {r.mine.rank} 名
                            </span>
                          ) : null}
                        </p>
                      ) : null}
                    </div>
                    <div className="flex flex-wrap items-center gap-2">
                      {open && eligibility.eligible && !r.mine ? (
                        <ActionButton
                          action={registerForQuota}
                          fields={{ roundId: r.id }}
                          label="报名"
                          variant="primary"
                        />
                      ) : null}
                      {open && r.mine ? (
                        <ActionButton
                          action={withdrawFromQuota}
                          fields={{ roundId: r.id }}
                          label="撤回报名"
                          confirm={`确定撤回「${r.title}」的报名？报名截止前可重新报名。`}
                        />
                      ) : null}
                      {r.publishedAt ? (
                        <Link href={`/quota/${r.id}/publicity`} className={buttonClass.secondary}>
                          公示名单
                        </Link>
                      ) : null}
                      <Link href={`/quota/${r.id}`} className={buttonClass.secondary}>
                        详情
                      </Link>
                    </div>
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={page} pages={data.pages} total={data.total} basePath="/quota" params={{}} />
    </>
  );
}
