import type { Metadata } from "next";
import Link from "next/link";

import { TallyText } from "@/components/study/activities/tally";
import { CampaignForm } from "@/components/study/campaigns/campaign-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import { managesActivities } from "@/lib/study/activities/access";
import { formatRate } from "@/lib/study/activities/tally";
import { listStudyCampaigns, studyCampaignSortOf } from "@/lib/study/campaigns/list";
import { StudyCampaignListFilter } from "@/lib/study/campaigns/schemas";

export const metadata: Metadata = { title: "专题学习教育" };

export default async function CampaignsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(["study.manage", "study.rankings"], "/study/campaigns");
  const params = await searchParams;
  const f = StudyCampaignListFilter.parse(params);
  const data = await listStudyCampaigns(f);
  const manage = managesActivities(user.roles);
  const sortable = { sort: studyCampaignSortOf(f), basePath: "/study/campaigns", params };
  return (
    <>
      <PageHeader
        title="专题学习教育"
        description="如“两学一做”学习教育：专题下的学习活动数量与考勤出席率（出席 ÷ 已记录）。"
        actions={
          <Link href="/study/activities" className={buttonClass.secondary}>
            学习活动
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="专题列表" className={manage ? "lg:col-span-2" : "lg:col-span-3"}>
          <FilterBar
            label="筛选专题"
            clearHref="/study/campaigns"
            columns={3}
            hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
          >
            <FilterInput
              label="关键词"
              name="q"
              type="search"
              value={f.q}
              placeholder="专题名称或创建人"
            />
          </FilterBar>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
            <span>共 {data.total} 个专题</span>
            {data.total > 0 ? (
              <ExportButton href={`/study/campaigns/export${withParams(params, {})}`} />
            ) : null}
          </div>
          {data.rows.length === 0 ? (
            f.q ? (
              <EmptyState title="没有符合条件的专题" hint="请调整或清除关键词。" />
            ) : (
              <EmptyState
                title="暂无专题学习教育"
                hint={
                  manage
                    ? "在右侧填写专题名称和起止日期即可创建。"
                    : "政治处创建专题后将显示在这里。"
                }
              />
            )
          ) : (
            <Table caption="专题学习教育列表">
              <thead>
                <tr>
                  <SortTh label="专题" column="title" {...sortable} />
                  <SortTh label="创建人" column="createdBy" {...sortable} />
                  <SortTh label="开始日期" column="startsOn" {...sortable} />
                  <SortTh label="结束日期" column="endsOn" {...sortable} />
                  <SortTh label="活动数" column="activities" {...sortable} />
                  <Th>应到人次</Th>
                  <Th>出席/请假/缺席</Th>
                  <Th>出席率</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.rows.map((c) => (
                  <tr key={c.id}>
                    <Td className="min-w-40">
                      <Link
                        href={`/study/campaigns/${c.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {c.title}
                      </Link>
                    </Td>
                    <Td className="whitespace-nowrap">{c.createdBy.realName}</Td>
                    <Td className="whitespace-nowrap">{formatDate(c.startsOn)}</Td>
                    <Td className="whitespace-nowrap">{formatDate(c.endsOn)}</Td>
                    <Td className="tabular-nums">{c.activities}</Td>
                    <Td className="tabular-nums">{c.tally.expected}</Td>
                    <Td>
                      <TallyText tally={c.tally} />
                    </Td>
                    <Td className="tabular-nums">{formatRate(c.tally.rate)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <Pagination
            page={f.page}
            pages={data.pages}
            total={data.total}
            basePath="/study/campaigns"
            params={{ q: f.q, sort: f.sort, dir: f.dir }}
          />
        </Card>
        {manage ? (
          <Card title="创建专题">
            <CampaignForm />
          </Card>
        ) : null}
      </div>
    </>
  );
}
