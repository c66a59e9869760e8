import type { Metadata } from "next";
import Link from "next/link";

import { TallyText } from "@/components/study/activities/tally";
import { CampaignForm } from "@/components/study/campaigns/campaign-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { managesActivities } from "@/lib/study/activities/access";
import { formatRate } from "@/lib/study/activities/tally";
import { listStudyCampaigns } from "@/lib/study/campaigns/queries";
import { CampaignPageFilter } from "@/lib/study/campaigns/schemas";

export const metadata: Metadata = { title: "专题学习教育" };

export default async function CampaignsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(["study.manage", "study.rankings"], "/study/campaigns");
  const { page } = CampaignPageFilter.parse(await searchParams);
  const data = await listStudyCampaigns(page);
  const manage = managesActivities(user.roles);
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
          {data.rows.length === 0 ? (
            <EmptyState
              title="暂无专题学习教育"
              hint={
                manage ? "在右侧填写专题名称和起止日期即可创建。" : "政治处创建专题后将显示在这里。"
              }
            />
          ) : (
            <Table caption="专题学习教育列表">
              <thead>
                <tr>
                  <Th>专题</Th>
                  <Th>起止日期</Th>
                  <Th>活动数</Th>
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
                      <span className="block text-xs text-slate-500">
                        {c.createdBy.realName} 创建
                      </span>
                    </Td>
                    <Td className="whitespace-nowrap">
                      {formatDate(c.startsOn)} 至 {formatDate(c.endsOn)}
                    </Td>
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
            page={page}
            pages={data.pages}
            total={data.total}
            basePath="/study/campaigns"
            params={{}}
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
