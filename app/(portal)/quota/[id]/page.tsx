import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublishForm } from "@/components/quota/publish-form";
import { RoundForm } from "@/components/quota/round-form";
import { ActionButton } from "@/components/ui/action-button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission, type SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatDateTime, toDateInput } from "@/lib/format";
import { concludeQuotaRound, registerForQuota, startQuotaScoring, withdrawFromQuota } from "@/lib/quota/actions";
import { ELIGIBILITY_RULE, OUTCOME_LABELS } from "@/lib/quota/labels";
import { getMyRegistration, getRound, listRegistrants, quotaEligibility } from "@/lib/quota/queries";
import { PHASE_LABELS, publicityEnded, roundPhase } from "@/lib/quota/rules";
import { QuotaPage } from "@/lib/quota/schemas";
import { centiToInput, formatCenti } from "@/lib/quota/scoring";
import { OUTCOME_TONES } from "@/components/quota/tones";
import { PHASE_TONES } from "@/components/quota/tones";
import { StatusBadge } from "@/components/ui/status-badge";

export const metadata: Metadata = { title: "入额遴选" };

type Round = NonNullable<Awaited<ReturnType<typeof getRound>>>;

export default async function QuotaRoundPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const user = await requirePagePermission(["quota.register", "quota.manage"], "/quota/[id]");
  const { page } = QuotaPage.parse(await searchParams);
  const round = await getRound(id);
  if (!round) notFound();
  const manager = can(user.roles, "quota.manage");
  const now = new Date();
  const phase = roundPhase(round, now);
  return (
    <>
      <PageHeader title={round.title} description={`${round.createdBy.realName} 创建于 ${formatDate(round.createdAt)}`}
        actions={<div className="flex flex-wrap gap-2">
          {round.publishedAt ? <Link href={`/quota/${round.id}/publicity`} className={buttonClass.secondary}>公示名单</Link> : null}
          <Link href="/quota" className={buttonClass.secondary}>返回列表</Link>
        </div>} />
      <div className="mb-4 grid gap-4 lg:grid-cols-3">
        <Card title={<span className="flex items-center gap-2">基本信息 <StatusBadge status={phase} labels={PHASE_LABELS} tones={PHASE_TONES} /></span>} className="lg:col-span-2">
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <div><dt className="text-slate-500">员额名额</dt><dd className="mt-1 font-medium">{round.places} 名</dd></div>
            <div><dt className="text-slate-500">报名时间</dt><dd className="mt-1">{formatDate(round.registrationOpensAt)} 至 {formatDate(round.registrationClosesAt)}</dd></div>
            <div><dt className="text-slate-500">报名人数</dt><dd className="mt-1">{round.registrants} 人</dd></div>
            <div><dt className="text-slate-500">公示期</dt><dd className="mt-1">{round.publicityStartsOn ? `${formatDate(round.publicityStartsOn)} 至 ${formatDate(round.publicityEndsOn)}` : "—"}</dd></div>
          </dl>
          {round.description ? <p className="mt-3 whitespace-pre-wrap text-sm text-slate-700">{round.description}</p> : null}
          {round.publishedAt ? (
            <p className="mt-3 text-sm text-slate-600">已入额 {round.counts.ADMITTED ?? 0} 人，公示中 {round.counts.PUBLICITY ?? 0} 人，未入额 {round.counts.NOT_ADMITTED ?? 0} 人。</p>
          ) : null}
          <p className="mt-3 text-xs text-slate-500">{ELIGIBILITY_RULE}</p>
        </Card>
        <Card title="考核项目">
          <Table caption="考核项目、权重和满分">
            <thead><tr><Th>项目</Th><Th>权重</Th><Th>满分</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {round.components.map((c) => <tr key={c.id}><Td>{c.name}</Td><Td>{c.weight}%</Td><Td>{c.maxScore}</Td></tr>)}
            </tbody>
          </Table>
          <p className="mt-2 text-xs text-slate-500">总成绩 = Σ 得分 ÷ 满分 × 权重。同分依次比较{round.components.slice(0, 2).map((c) => c.name).join("、")}成绩，再按报名先后。</p>
        </Card>
      </div>
      <MyRegistration user={user} round={round} open={phase === "REG_OPEN"} />
      {manager ? <ManagerActions round={round} now={now} /> : null}
      {manager ? <Registrants user={user} round={round} page={page} /> : null}
    </>
  );
}

async function MyRegistration({ user, round, open }: { user: SessionUser; round: Round; open: boolean }) {
  const [mine, eligibility] = await Promise.all([getMyRegistration(user, round.id), quotaEligibility(user)]);
  if (!mine) {
    if (!open) return null;
    return (
      <Card title="我的报名" className="mb-4">
        {eligibility.eligible ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-slate-600">报名截止日期：{formatDate(round.registrationClosesAt)}。</p>
            <ActionButton action={registerForQuota} fields={{ roundId: round.id }} label="报名" variant="primary" />
          </div>
        ) : <p className="text-sm text-slate-600">{eligibility.prosecutor ? "您已是员额检察官，无需报名。" : "您的账户不符合报名条件。"}</p>}
      </Card>
    );
  }
  return (
    <Card title="我的报名" className="mb-4" actions={open ? <ActionButton action={withdrawFromQuota} fields={{ roundId: round.id }} label="撤回报名" confirm={`确定撤回「${round.title}」的报名？报名截止前可重新报名。`} /> : null}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={mine.outcome} labels={OUTCOME_LABELS} tones={OUTCOME_TONES} /><span className="text-slate-600">报名时间 {formatDateTime(mine.registeredAt)}</span>
      </p>
      {mine.scores ? (
        <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
          {round.components.map((c) => <div key={c.id}><dt className="text-slate-500">{c.name}</dt><dd className="mt-1 tabular-nums">{centiToInput(mine.scores![c.id])} / {c.maxScore}</dd></div>)}
          <div><dt className="text-slate-500">总成绩</dt><dd className="mt-1 font-semibold tabular-nums">{formatCenti(mine.totalCenti)}</dd></div>
          <div><dt className="text-slate-500">排名</dt><dd className="mt-1 font-semibold">第 {mine.rank} 名</dd></div>
        </dl>
      ) : <p className="mt-2 text-sm text-slate-500">全部成绩录入完成后，可在此查看本人各项成绩、总成绩和排名。</p>}
    </Card>
  );
}

function ManagerActions({ round, now }: { round: Round; now: Date }) {
  const today = toDateInput(now);
  const weekLater = toDateInput(new Date(now.getTime() + 6 * 24 * 3600_000));
  const admitted = round.counts.ADMITTED ?? 0;
  const remaining = round.places - admitted;
  let body: React.ReactNode;
  if (round.status === "REGISTRATION") {
    body = (
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <ActionButton action={startQuotaScoring} fields={{ roundId: round.id }} label="结束报名，开始评分" variant="primary"
            confirm={`开始评分后报名即结束，考核项目和权重不能再修改。当前报名 ${round.registrants} 人，确定开始评分？`} />
          <span className="text-sm text-slate-500">开始评分前可修改遴选设置和考核项目。</span>
        </div>
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">修改遴选设置</summary>
          <div className="mt-3">
            <RoundForm values={{
              id: round.id, title: round.title, description: round.description, places: round.places,
              registrationOpensAt: toDateInput(round.registrationOpensAt), registrationClosesAt: toDateInput(round.registrationClosesAt),
              components: round.components.map((c) => ({ name: c.name, weight: c.weight, maxScore: c.maxScore })),
            }} />
          </div>
        </details>
      </div>
    );
  } else if (round.status === "SCORING") {
    body = (
      <div className="space-y-4">
        <Link href={`/quota/${round.id}/scores`} className={buttonClass.primary}>录入成绩</Link>
        {round.ranked ? (
          <PublishForm roundId={round.id} defaultCount={Math.min(round.places, round.registrants)} defaultStart={today} defaultEnd={weekLater} supplement={false} />
        ) : <p className="text-sm text-slate-600">全部报名人员的各项成绩录入完整后，系统计算总成绩和排名，即可发布公示。</p>}
      </div>
    );
  } else if (round.status === "PUBLICITY") {
    body = publicityEnded(round, now) ? (
      <div className="flex flex-wrap items-center gap-3">
        <ActionButton action={concludeQuotaRound} fields={{ roundId: round.id }} label="确定入额结果" variant="primary"
          confirm={`公示期已满。确定后，公示中的 ${round.counts.PUBLICITY ?? 0} 人入额（标记为员额检察官），其余待定人员记为未入额，并通知全部报名人员。确定吗？`} />
      </div>
    ) : <p className="text-sm text-slate-600">公示期至 {formatDate(round.publicityEndsOn)}，期满后可确定入额结果。</p>;
  } else {
    const waiting = round.counts.NOT_ADMITTED ?? 0;
    body = remaining > 0 && waiting > 0 ? (
      <div className="space-y-2">
        <p className="text-sm text-slate-600">尚余员额 {remaining} 名，可从未入额人员中按排名递补公示。</p>
        <PublishForm roundId={round.id} defaultCount={Math.min(remaining, waiting)} defaultStart={today} defaultEnd={weekLater} supplement />
      </div>
    ) : <p className="text-sm text-slate-600">本轮遴选已结束{remaining > 0 ? "" : "，员额已满"}。</p>;
  }
  const details = round.status === "PUBLICITY" || round.status === "CONCLUDED" ? <Link href={`/quota/${round.id}/scores`} className={buttonClass.link}>成绩明细</Link> : null;
  return <Card title="遴选管理" className="mb-4" actions={details}>{body}</Card>;
}

async function Registrants({ user, round, page }: { user: SessionUser; round: Round; page: number }) {
  const data = await listRegistrants(user, round.id, page);
  if (!data) return null;
  const k = round.components.length;
  return (
    <Card title={`报名人员（${data.total}）`}>
      {data.rows.length === 0 ? <EmptyState title="尚无人报名" hint="报名期内，符合条件的干警可在“入额遴选”页报名" /> : (
        <Table caption="报名人员，按排名排列">
          <thead><tr><Th>排名</Th><Th>姓名</Th><Th>部门</Th><Th>报名时间</Th><Th>已录成绩</Th><Th>总成绩</Th><Th>结果</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {data.rows.map((r) => (
              <tr key={r.id}>
                <Td className="tabular-nums">{r.rank ?? "—"}</Td>
                <Td className="whitespace-nowrap">{r.user.realName}<span className="block text-xs text-slate-500">{r.user.position}</span></Td>
                <Td className="whitespace-nowrap">{r.user.department?.name ?? "—"}</Td>
                <Td className="whitespace-nowrap text-xs">{formatDateTime(r.registeredAt)}</Td>
                <Td className="tabular-nums">{r._count.scores} / {k}</Td>
                <Td className="tabular-nums">{formatCenti(r.totalCenti)}</Td>
                <Td><StatusBadge status={r.outcome} labels={OUTCOME_LABELS} tones={OUTCOME_TONES} /></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pages={data.pages} total={data.total} basePath={`/quota/${round.id}`} params={{}} />
    </Card>
  );
}
