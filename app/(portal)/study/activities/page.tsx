import type { Metadata } from "next";
import Link from "next/link";

import { ActivityFilters } from "@/components/study/activities/activity-filters";
import { ActivityTable } from "@/components/study/activities/activity-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { withParams } from "@/lib/list-sort";
import { managesActivities, seesAllActivities } from "@/lib/study/activities/access";
import { listActivities, listCampaignFilterOptions } from "@/lib/study/activities/queries";
import { ActivityListFilter } from "@/lib/study/activities/schemas";

export const metadata: Metadata = { title: "学习活动" };

export default async function ActivitiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(["study.log", "study.manage"], "/study/activities");
  const params = await searchParams;
  const f = ActivityListFilter.parse(params);
  const sort = {
    key: f.sort ?? "heldAt",
    dir: f.dir ?? (f.sort && f.sort !== "heldAt" ? "asc" : "desc"),
  } as const;
  const all = seesAllActivities(user.roles);
  const [data, campaigns] = await Promise.all([
    listActivities(user, f),
    listCampaignFilterOptions(),
  ]);
  const filtered = Boolean(f.q || f.campaignId || f.type || f.month);
  return (
    <>
      <PageHeader
        title="学习活动"
        description={
          all
            ? "全院三会一课、专题讲座、座谈会、教育培训等学习活动及考勤情况。"
            : "您应参加、组织的学习活动及本人考勤情况。"
        }
        actions={
          <div className="flex flex-wrap gap-2">
            {managesActivities(user.roles) ? (
              <Link href="/study/activities/new" className={buttonClass.primary}>
                新建学习活动
              </Link>
            ) : null}
            {all ? (
              <Link href="/study/campaigns" className={buttonClass.secondary}>
                专题学习教育
              </Link>
            ) : null}
            <Link href="/study" className={buttonClass.secondary}>
              我的学习
            </Link>
          </div>
        }
      />
      <Card>
        <ActivityFilters filter={f} campaigns={campaigns} />
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 项活动</span>
          {data.total > 0 ? (
            <ExportButton href={`/study/activities/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的学习活动" : "暂无学习活动"}
            hint={
              filtered
                ? "请调整或清除筛选条件。"
                : managesActivities(user.roles)
                  ? "点击右上角“新建学习活动”安排三会一课、讲座或教育培训。"
                  : "政治处安排您参加的学习活动将显示在这里，并会发送通知。"
            }
          />
        ) : (
          <ActivityTable
            caption="学习活动列表"
            showMine
            sortable={{ sort, basePath: "/study/activities", params }}
            rows={data.rows.map((r) => ({
              ...r,
              organisedByMe: r.organiserId === user.id,
              mine: { expected: r.expectedMe, status: r.myStatus },
            }))}
          />
        )}
        <Pagination
          page={f.page}
          pages={data.pages}
          total={data.total}
          basePath="/study/activities"
          params={{
            q: f.q,
            sort: f.sort,
            dir: f.dir,
            campaignId: f.campaignId,
            type: f.type,
            month: f.month,
          }}
        />
        <p className="mt-2 text-xs text-slate-500">
          “出席/请假/缺席”后的灰色数字为未记录考勤的人数；出席率 = 出席 ÷ 已记录。
        </p>
      </Card>
    </>
  );
}
