import type { Metadata } from "next";
import Link from "next/link";

import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { CoverageBar } from "@/components/ui/coverage-bar";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import { campaignSortOf, listCampaignTable } from "@/lib/talks/campaign-list";
import { CAMPAIGN_SCOPE_LABELS, campaignScopeLabel } from "@/lib/talks/labels";
import { CampaignListFilter } from "@/lib/talks/schemas";

export const metadata: Metadata = { title: "谈话计划" };

export default async function CampaignsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  // 院领导 (talk.campaignRead) reads the list; only 政治处 (talk.campaign) creates.
  const user = await requirePagePermission(
    ["talk.campaign", "talk.campaignRead"],
    "/talks/campaigns",
  );
  const params = await searchParams;
  const f = CampaignListFilter.parse(params);
  const data = await listCampaignTable(f);
  const sortable = { sort: campaignSortOf(f), basePath: "/talks/campaigns", params };
  const filtered = Boolean(f.q || f.scopeType);
  return (
    <>
      <PageHeader
        title="谈话计划"
        description="按范围和时间窗口组织谈心谈话，跟踪覆盖率和未谈人员。"
        actions={
          can(user.roles, "talk.campaign") ? (
            <Link href="/talks/campaigns/new" className={buttonClass.primary}>
              新建谈话计划
            </Link>
          ) : null
        }
      />
      <Card>
        <FilterBar
          label="筛选谈话计划"
          clearHref="/talks/campaigns"
          columns={3}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="计划名称" />
          <FilterSelect
            label="谈话范围"
            name="scopeType"
            value={f.scopeType}
            options={CAMPAIGN_SCOPE_LABELS}
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 个谈话计划</span>
          {data.total > 0 ? (
            <ExportButton href={`/talks/campaigns/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的谈话计划" : "暂无谈话计划"}
            hint={filtered ? "请调整或清除筛选条件。" : undefined}
          />
        ) : (
          <Table caption="谈话计划">
            <thead>
              <tr>
                <SortTh label="计划名称" column="title" {...sortable} />
                <SortTh label="范围" column="scopeType" {...sortable} />
                <SortTh label="开始日期" column="startsOn" {...sortable} />
                <SortTh label="结束日期" column="endsOn" {...sortable} />
                <SortTh label="人数" column="members" {...sortable} />
                <Th>已谈</Th>
                <Th className="w-48">覆盖率</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <Link
                      href={`/talks/campaigns/${c.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {c.title}
                    </Link>
                  </Td>
                  <Td>{campaignScopeLabel(c.scopeType)}</Td>
                  <Td className="whitespace-nowrap">{formatDate(c.startsOn)}</Td>
                  <Td className="whitespace-nowrap">{formatDate(c.endsOn)}</Td>
                  <Td>{c.members}</Td>
                  <Td>{c.covered}</Td>
                  <Td>
                    <div className="flex items-center gap-2">
                      <div className="flex-1">
                        <CoverageBar percent={c.percent} label={`${c.title}覆盖率`} />
                      </div>
                      <span className="w-12 text-right tabular-nums">{c.percent}%</span>
                    </div>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination
          page={f.page}
          pages={data.pages}
          total={data.total}
          basePath="/talks/campaigns"
          params={{ q: f.q, scopeType: f.scopeType, sort: f.sort, dir: f.dir }}
        />
      </Card>
    </>
  );
}
