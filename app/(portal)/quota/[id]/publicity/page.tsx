import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { PHASE_TONES } from "@/components/quota/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getRound, listPublicity, PUBLICITY_VIEWS, type PublicityView } from "@/lib/quota/queries";
import { PHASE_LABELS, roundPhase } from "@/lib/quota/rules";
import { QuotaPage } from "@/lib/quota/schemas";
import { formatCenti } from "@/lib/scores";

export const metadata: Metadata = { title: "入额遴选公示" };

const VIEW_LABELS: Record<PublicityView, string> = {
  PUBLICITY: "公示名单",
  ADMITTED: "已入额名单",
};

export default async function QuotaPublicityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  await requirePagePermission(["quota.register", "quota.manage"], "/quota/[id]/publicity");
  const sp = await searchParams;
  const { page } = QuotaPage.parse(sp);
  const round = await getRound(id);
  if (!round) notFound();
  const view: PublicityView = (PUBLICITY_VIEWS as readonly string[]).includes(sp.view ?? "")
    ? (sp.view as PublicityView)
    : (round.counts.PUBLICITY ?? 0) > 0 || !round.counts.ADMITTED
      ? "PUBLICITY"
      : "ADMITTED";
  const data = round.publishedAt ? await listPublicity(round.id, view, page) : null;
  const phase = roundPhase(round, new Date());
  return (
    <>
      <PageHeader
        title={`${round.title} · 公示`}
        description="公示内容：姓名、部门、总成绩和排名。对公示人员有异议的，请在公示期内向政治处反映。"
        actions={
          <Link href={`/quota/${round.id}`} className={buttonClass.secondary}>
            返回遴选
          </Link>
        }
      />
      {!data ? (
        <Card>
          <EmptyState
            title="公示名单尚未发布"
            hint="政治处发布公示后，将在此显示并通知全部报名人员"
          />
        </Card>
      ) : (
        <Card
          title={
            <span className="flex flex-wrap items-center gap-2">
              {VIEW_LABELS[view]}
              {view === "PUBLICITY" ? (
                <StatusBadge status={phase} labels={PHASE_LABELS} tones={PHASE_TONES} />
              ) : null}
            </span>
          }
        >
          <nav aria-label="名单" className="mb-3 flex gap-1 border-b border-slate-200">
            {PUBLICITY_VIEWS.map((v) => (
              <Link
                key={v}
                href={`/quota/${round.id}/publicity?view=${v}`}
                aria-current={view === v ? "page" : undefined}
                className={`-mb-px border-b-2 px-4 py-2 text-sm ${view === v ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {VIEW_LABELS[v]}（{round.counts[v] ?? 0}）
              </Link>
            ))}
          </nav>
          {view === "PUBLICITY" && round.publicityStartsOn && (round.counts.PUBLICITY ?? 0) > 0 ? (
            <p className="mb-3 text-sm text-slate-600">
              公示期：{formatDate(round.publicityStartsOn)} 至 {formatDate(round.publicityEndsOn)}
            </p>
          ) : null}
          {data.rows.length === 0 ? (
            <EmptyState title={view === "PUBLICITY" ? "当前没有公示中的人员" : "尚无入额人员"} />
          ) : (
            <Table caption={VIEW_LABELS[view]}>
              <thead>
                <tr>
                  <Th>排名</Th>
                  <Th>姓名</Th>
                  <Th>部门</Th>
                  <Th>总成绩</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.rows.map((r) => (
                  <tr key={r.id}>
                    <Td className="tabular-nums">{r.rank ?? "—"}</Td>
                    <Td className="whitespace-nowrap">{r.user.realName}</Td>
                    <Td className="whitespace-nowrap">{r.user.department?.name ?? "—"}</Td>
                    <Td className="tabular-nums">{formatCenti(r.totalCenti)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <Pagination
            page={page}
            pages={data.pages}
            total={data.total}
            basePath={`/quota/${round.id}/publicity`}
            params={{ view }}
          />
        </Card>
      )}
    </>
  );
}
