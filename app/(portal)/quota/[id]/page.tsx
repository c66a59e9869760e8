import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ManagerActions } from "@/components/quota/manager-actions";
import { MyRegistration } from "@/components/quota/my-registration";
import { Registrants } from "@/components/quota/registrants";
import { PHASE_TONES } from "@/components/quota/tones";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { ELIGIBILITY_RULE } from "@/lib/quota/labels";
import { getRound } from "@/lib/quota/queries";
import { PHASE_LABELS, roundPhase } from "@/lib/quota/rules";
import { RegistrantFilter } from "@/lib/quota/schemas";

export const metadata: Metadata = { title: "入额遴选" };

export default async function QuotaRoundPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const user = await requirePagePermission(["quota.register", "quota.manage"], "/quota/[id]");
  const query = await searchParams;
  const filter = RegistrantFilter.parse(query);
  const round = await getRound(id);
  if (!round) notFound();
  const manager = can(user.roles, "quota.manage");
  const now = new Date();
  const phase = roundPhase(round, now);
  return (
    <>
      <PageHeader
        title={round.title}
        description={`${round.createdBy.realName} 创建于 ${formatDate(round.createdAt)}`}
        actions={
          <div className="flex flex-wrap gap-2">
            {round.publishedAt ? (
              <Link href={`/quota/${round.id}/publicity`} className={buttonClass.secondary}>
                公示名单
              </Link>
            ) : null}
            <Link href="/quota" className={buttonClass.secondary}>
              返回列表
            </Link>
          </div>
        }
      />
      <div className="mb-4 grid gap-4 lg:grid-cols-3">
        <Card
          title={
            <span className="flex items-center gap-2">
              基本信息 <StatusBadge status={phase} labels={PHASE_LABELS} tones={PHASE_TONES} />
            </span>
          }
          className="lg:col-span-2"
        >
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-slate-500">员额名额</dt>
              <dd className="mt-1 font-medium">{round.places} 名</dd>
            </div>
            <div>
              <dt className="text-slate-500">报名时间</dt>
              <dd className="mt-1">
                {formatDate(round.registrationOpensAt)} 至 {formatDate(round.registrationClosesAt)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">报名人数</dt>
              <dd className="mt-1">{round.registrants} 人</dd>
            </div>
            <div>
              <dt className="text-slate-500">公示期</dt>
              <dd className="mt-1">
                {round.publicityStartsOn
                  ? `${formatDate(round.publicityStartsOn)} 至 ${formatDate(round.publicityEndsOn)}`
                  : "—"}
              </dd>
            </div>
          </dl>
          {round.description ? (
            <p className="mt-3 text-sm whitespace-pre-wrap text-slate-700">{round.description}</p>
          ) : null}
          {round.publishedAt ? (
            <p className="mt-3 text-sm text-slate-600">
              已入额 {round.counts.ADMITTED ?? 0} 人，公示中 {round.counts.PUBLICITY ?? 0}{" "}
              人，未入额 {round.counts.NOT_ADMITTED ?? 0} 人。
            </p>
          ) : null}
          <p className="mt-3 text-xs text-slate-500">{ELIGIBILITY_RULE}</p>
        </Card>
        <Card title="考核项目">
          <Table caption="考核项目、权重和满分">
            <thead>
              <tr>
                <Th>项目</Th>
                <Th>权重</Th>
                <Th>满分</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {round.components.map((c) => (
                <tr key={c.id}>
                  <Td>{c.name}</Td>
                  <Td>{c.weight}%</Td>
                  <Td>{c.maxScore}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="mt-2 text-xs text-slate-500">
            总成绩 = Σ 得分 ÷ 满分 × 权重。同分依次比较
            {round.components
              .slice(0, 2)
              .map((c) => c.name)
              .join("、")}
            成绩，再按报名先后。
          </p>
        </Card>
      </div>
      <MyRegistration user={user} round={round} open={phase === "REG_OPEN"} />
      {manager ? <ManagerActions round={round} now={now} /> : null}
      {manager ? <Registrants user={user} round={round} filter={filter} params={query} /> : null}
    </>
  );
}
