import type { Metadata } from "next";
import Link from "next/link";

import { RoundTable } from "@/components/quota/round-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterCheckbox, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { withParams } from "@/lib/list-sort";
import { ELIGIBILITY_RULE } from "@/lib/quota/labels";
import { listRounds, roundSortOf } from "@/lib/quota/list";
import { quotaEligibility } from "@/lib/quota/queries";
import { QuotaRoundFilter } from "@/lib/quota/schemas";

export const metadata: Metadata = { title: "入额遴选" };

export default async function QuotaRoundsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(["quota.register", "quota.manage"], "/quota");
  const params = await searchParams;
  const f = QuotaRoundFilter.parse(params);
  const manager = can(user.roles, "quota.manage");
  const [data, eligibility] = await Promise.all([listRounds(user, f), quotaEligibility(user)]);
  const filtered = Boolean(f.q || f.mine);
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
      <Card>
        <FilterBar
          label="筛选入额遴选"
          clearHref="/quota"
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="遴选名称" />
          <FilterCheckbox label="只看我报名的" name="mine" checked={Boolean(f.mine)} />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 轮遴选</span>
          {data.total > 0 ? <ExportButton href={`/quota/export${withParams(params, {})}`} /> : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的遴选" : "暂无入额遴选"}
            hint={
              filtered
                ? "请调整或清除筛选条件。"
                : manager
                  ? "点击右上角“新建遴选”发布第一轮遴选"
                  : "政治处发布遴选后将在此显示"
            }
          />
        ) : (
          <RoundTable
            rows={data.rows}
            eligible={eligibility.eligible}
            sort={roundSortOf(f)}
            params={params}
          />
        )}
        <Pagination
          page={f.page}
          pages={data.pages}
          total={data.total}
          basePath="/quota"
          params={{ q: f.q, sort: f.sort, dir: f.dir, mine: f.mine }}
        />
      </Card>
    </>
  );
}
