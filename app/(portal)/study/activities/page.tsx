import Link from "next/link";
import type { Metadata } from "next";
import { ActivityTable } from "@/components/study/activities/activity-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { managesActivities, seesAllActivities } from "@/lib/study/activities/access";
import { listActivities, listCampaignFilterOptions } from "@/lib/study/activities/queries";
import { ActivityListFilter } from "@/lib/study/activities/schemas";
import { ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS } from "@/lib/study/types";

export const metadata: Metadata = { title: "学习活动" };

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePagePermission(["study.log", "study.manage"], "/study/activities");
  const f = ActivityListFilter.parse(await searchParams);
  const all = seesAllActivities(user.roles);
  const [data, campaigns] = await Promise.all([listActivities(user, f), listCampaignFilterOptions()]);
  const filtered = Boolean(f.campaignId || f.type || f.month);
  return (
    <>
      <PageHeader
        title="学习活动"
        description={all ? "全院三会一课、专题讲座、座谈会、教育培训等学习活动及考勤情况。" : "您应参加、组织的学习活动及本人考勤情况。"}
        actions={
          <div className="flex flex-wrap gap-2">
            {managesActivities(user.roles) ? <Link href="/study/activities/new" className={buttonClass.primary}>新建学习活动</Link> : null}
            {all ? <Link href="/study/campaigns" className={buttonClass.secondary}>专题学习教育</Link> : null}
            <Link href="/study" className={buttonClass.secondary}>我的学习</Link>
          </div>
        }
      />
      <Card>
        <form className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" role="search">
          <label className="text-sm"><span className="mb-1 block text-slate-600">专题</span>
            <select name="campaignId" defaultValue={f.campaignId ?? ""} className={inputClass}>
              <option value="">全部专题</option>
              {campaigns.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
            </select>
          </label>
          <label className="text-sm"><span className="mb-1 block text-slate-600">活动类型</span>
            <select name="type" defaultValue={f.type ?? ""} className={inputClass}>
              <option value="">全部类型</option>
              {ACTIVITY_TYPES.map((t) => <option key={t} value={t}>{ACTIVITY_TYPE_LABELS[t]}</option>)}
            </select>
          </label>
          <label className="text-sm"><span className="mb-1 block text-slate-600">月份</span>
            <input type="month" name="month" defaultValue={f.month ?? ""} className={inputClass} />
          </label>
          <div className="flex items-end gap-2"><button className={buttonClass.secondary} type="submit">筛选</button><Link href="/study/activities" className="pb-2 text-sm text-slate-500 hover:underline">清除</Link></div>
        </form>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的学习活动" : "暂无学习活动"}
            hint={filtered ? "请调整或清除筛选条件。" : managesActivities(user.roles) ? "点击右上角“新建学习活动”安排三会一课、讲座或教育培训。" : "政治处安排您参加的学习活动将显示在这里，并会发送通知。"}
          />
        ) : (
          <ActivityTable
            caption="学习活动列表"
            showMine
            rows={data.rows.map((r) => ({ ...r, organisedByMe: r.organiserId === user.id, mine: { expected: r.expectedMe, status: r.myStatus } }))}
          />
        )}
        <Pagination page={f.page} pages={data.pages} total={data.total} basePath="/study/activities" params={{ campaignId: f.campaignId, type: f.type, month: f.month }} />
        <p className="mt-2 text-xs text-slate-500">“出席/请假/缺席”后的灰色数字为未记录考勤的人数；出席率 = 出席 ÷ 已记录。</p>
      </Card>
    </>
  );
}
