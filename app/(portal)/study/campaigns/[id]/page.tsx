import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ActivityTable } from "@/components/study/activities/activity-table";
import { TallySummary, TallyText } from "@/components/study/activities/tally";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import { managesActivities } from "@/lib/study/activities/access";
import { listActivities } from "@/lib/study/activities/queries";
import { formatRate } from "@/lib/study/activities/tally";
import { campaignActivityListFilter } from "@/lib/study/campaigns/activities";
import { getStudyCampaign } from "@/lib/study/campaigns/queries";
import { CampaignActivityFilter } from "@/lib/study/campaigns/schemas";
import { ACTIVITY_TYPE_LABELS, activityTypeLabel } from "@/lib/study/types";

export const metadata: Metadata = { title: "专题学习教育" };

export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const user = await requirePagePermission(
    ["study.manage", "study.rankings"],
    "/study/campaigns/[id]",
  );
  const query = await searchParams;
  const f = CampaignActivityFilter.parse(query);
  const [data, list] = await Promise.all([
    getStudyCampaign(id),
    listActivities(user, campaignActivityListFilter(id, f)),
  ]);
  if (!data) notFound();
  const c = data.campaign;
  const basePath = `/study/campaigns/${c.id}`;
  const sort = {
    key: f.sort ?? "heldAt",
    dir: f.dir ?? (f.sort && f.sort !== "heldAt" ? "asc" : "desc"),
  } as const;
  const filtered = Boolean(f.q || f.type);
  return (
    <>
      <PageHeader
        title={c.title}
        description={`${formatDate(c.startsOn)} 至 ${formatDate(c.endsOn)} · ${c.createdBy.realName} 创建 · 共 ${data.activityTotal} 项学习活动`}
        actions={
          <div className="flex flex-wrap gap-2">
            {managesActivities(user.roles) ? (
              <Link
                href={`/study/activities/new?campaignId=${c.id}`}
                className={buttonClass.primary}
              >
                新建本专题活动
              </Link>
            ) : null}
            <Link href="/study/campaigns" className={buttonClass.secondary}>
              返回专题列表
            </Link>
          </div>
        }
      />
      {c.description ? (
        <p className="mb-4 text-sm whitespace-pre-wrap text-slate-700">{c.description}</p>
      ) : null}
      <Card title="考勤总计（人次）" className="mb-4">
        <TallySummary tally={data.total} label="专题考勤总计" />
      </Card>
      <div className="mb-4 grid gap-4 lg:grid-cols-2">
        <Card title="按活动类型">
          {data.byType.length === 0 ? (
            <EmptyState title="本专题还没有学习活动" />
          ) : (
            <Table caption="按活动类型统计">
              <thead>
                <tr>
                  <Th>类型</Th>
                  <Th>活动数</Th>
                  <Th>出席/请假/缺席</Th>
                  <Th>出席率</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.byType.map((t) => (
                  <tr key={t.type}>
                    <Td>{activityTypeLabel(t.type)}</Td>
                    <Td className="tabular-nums">{t.activities}</Td>
                    <Td>
                      <TallyText tally={t.tally} />
                    </Td>
                    <Td className="tabular-nums">{formatRate(t.tally.rate)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card title="按部门">
          {data.byDepartment.length === 0 ? (
            <EmptyState title="暂无考勤数据" />
          ) : (
            <Table caption="按部门统计的出席情况">
              <thead>
                <tr>
                  <Th>部门</Th>
                  <Th>应到人次</Th>
                  <Th>出席/请假/缺席</Th>
                  <Th>出席率</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.byDepartment.map((d) => (
                  <tr key={d.id || "none"}>
                    <Td>{d.name}</Td>
                    <Td className="tabular-nums">{d.tally.expected}</Td>
                    <Td>
                      <TallyText tally={d.tally} />
                    </Td>
                    <Td className="tabular-nums">{formatRate(d.tally.rate)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
      <Card id="activities" title="学习活动">
        <FilterBar
          label="筛选本专题的学习活动"
          clearHref={`${basePath}#activities`}
          columns={3}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput
            label="关键词"
            name="q"
            type="search"
            value={f.q}
            placeholder="活动名称或组织人"
          />
          <FilterSelect
            label="活动类型"
            name="type"
            value={f.type}
            options={ACTIVITY_TYPE_LABELS}
          />
        </FilterBar>
        {list.total > 0 ? (
          <div className="mb-3 flex justify-end">
            <ExportButton href={`${basePath}/export${withParams(query, {})}`} />
          </div>
        ) : null}
        {list.rows.length === 0 ? (
          filtered ? (
            <EmptyState title="没有符合条件的学习活动" hint="请调整或清除筛选条件。" />
          ) : (
            <EmptyState
              title="本专题还没有学习活动"
              hint={managesActivities(user.roles) ? "点击右上角“新建本专题活动”。" : undefined}
            />
          )
        ) : (
          <ActivityTable
            caption="本专题的学习活动"
            rows={list.rows}
            sortable={{ sort, basePath, params: query }}
          />
        )}
        <Pagination
          page={f.page}
          pages={list.pages}
          total={list.total}
          basePath={basePath}
          params={{ q: f.q, type: f.type, sort: f.sort, dir: f.dir }}
          hash="#activities"
        />
      </Card>
    </>
  );
}
