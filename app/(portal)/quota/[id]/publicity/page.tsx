import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { PHASE_TONES } from "@/components/quota/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import { PUBLICITY_VIEW_LABELS as VIEW_LABELS } from "@/lib/quota/publicity-export";
import { listPublicityPage, publicitySortOf, publicityViewOf } from "@/lib/quota/publicity-list";
import { getRound } from "@/lib/quota/queries";
import { PHASE_LABELS, roundPhase } from "@/lib/quota/rules";
import { PUBLICITY_VIEWS, PublicityFilter } from "@/lib/quota/schemas";
import { formatCenti } from "@/lib/scores";

export const metadata: Metadata = { title: "入额遴选公示" };

export default async function QuotaPublicityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const user = await requirePagePermission(
    ["quota.register", "quota.manage"],
    "/quota/[id]/publicity",
  );
  const sp = await searchParams;
  const f = PublicityFilter.parse(sp);
  const round = await getRound(id);
  if (!round) notFound();
  const view = publicityViewOf(f, round.counts);
  const data = round.publishedAt ? await listPublicityPage(user, round.id, view, f) : null;
  const phase = roundPhase(round, new Date());
  const basePath = `/quota/${round.id}/publicity`;
  const sortable = { sort: publicitySortOf(f), basePath, params: { ...sp, view } };
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
                href={`${basePath}${withParams(sp, { view: v })}`}
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
          <FilterBar
            label="搜索名单"
            clearHref={`${basePath}?view=${view}`}
            columns={3}
            hidden={{ view, sort: f.sort ?? "", dir: f.dir ?? "" }}
          >
            <FilterInput
              label="关键词"
              name="q"
              type="search"
              value={f.q}
              placeholder="姓名或部门"
            />
          </FilterBar>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
            <span>共 {data.total} 人</span>
            {data.total > 0 ? (
              <ExportButton href={`${basePath}/export${withParams({ ...sp, view }, {})}`} />
            ) : null}
          </div>
          {data.rows.length === 0 ? (
            f.q ? (
              <EmptyState title="没有符合条件的人员" hint="请换一个姓名或部门，或清除筛选条件。" />
            ) : (
              <EmptyState
                title={view === "PUBLICITY" ? "当前没有公示中的人员" : "尚无入额人员"}
                hint={
                  view === "PUBLICITY"
                    ? "公示结束的人员可在“已入额名单”中查看。"
                    : "公示期满、政治处确认入额后，入额人员将列在这里。"
                }
              />
            )
          ) : (
            <Table caption={VIEW_LABELS[view]}>
              <thead>
                <tr>
                  <SortTh label="排名" column="rank" {...sortable} />
                  <SortTh label="姓名" column="name" {...sortable} />
                  <SortTh label="部门" column="department" {...sortable} />
                  <SortTh label="总成绩" column="total" {...sortable} />
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
            page={f.page}
            pages={data.pages}
            total={data.total}
            basePath={basePath}
            params={{ view, q: f.q, sort: f.sort, dir: f.dir }}
          />
        </Card>
      )}
    </>
  );
}
