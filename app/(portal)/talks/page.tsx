import Link from "next/link";
import type { Metadata } from "next";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listDepartmentOptions } from "@/lib/admin/queries";
import { TALK_OCCASIONS, TALK_OCCASION_LABELS, talkOccasionLabel } from "@/lib/talks/labels";
import { listCampaignOptions, listMyPendingAssignments, listTalks, seesAllTalks } from "@/lib/talks/queries";
import { TalkListFilter } from "@/lib/talks/schemas";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "谈心谈话" };

export default async function TalksPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePagePermission("talk.record", "/talks");
  const f = TalkListFilter.parse(await searchParams);
  const all = seesAllTalks(user.roles);
  const [data, departments, campaigns, assignments] = await Promise.all([listTalks(user, f), all ? listDepartmentOptions() : [], listCampaignOptions(), listMyPendingAssignments(user)]);
  return (
    <>
      <PageHeader
        title="谈心谈话"
        description={all ? "全院谈心谈话记录。打开记录查看谈话内容将记入审计日志；谈话对象本人不可见。" : "您开展的谈心谈话记录。谈话内容加密保存，谈话对象本人不可见。"}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/talks/new" className={buttonClass.primary}>记录谈话</Link>
            {can(user.roles, "talk.campaign") ? <Link href="/talks/campaigns" className={buttonClass.secondary}>谈话计划</Link> : null}
          </div>
        }
      />
      {assignments.length > 0 ? (
        <Card title={`待完成的谈话任务（${assignments.length}）`} className="mb-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            {assignments.map((a) => (
              <li key={`${a.campaignId}:${a.userId}`}>
                <Link href={`/talks/new?intervieweeId=${a.userId}`} className="inline-block rounded border border-slate-200 px-2 py-1 hover:bg-slate-50">{a.department} · {a.realName}<span className="ml-1 text-xs text-slate-500">{a.campaign}</span></Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card>
        <form className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-6" role="search">
          {all ? (
            <label className="text-sm"><span className="mb-1 block text-slate-600">部门</span>
              <select name="departmentId" defaultValue={f.departmentId ?? ""} className={inputClass}>
                <option value="">全部部门</option>
                {departments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
              </select>
            </label>
          ) : null}
          <label className="text-sm"><span className="mb-1 block text-slate-600">谈话类型</span>
            <select name="occasion" defaultValue={f.occasion ?? ""} className={inputClass}>
              <option value="">全部</option>
              {TALK_OCCASIONS.map((c) => <option key={c} value={c}>{TALK_OCCASION_LABELS[c]}</option>)}
            </select>
          </label>
          <label className="text-sm"><span className="mb-1 block text-slate-600">谈话计划</span>
            <select name="campaignId" defaultValue={f.campaignId ?? ""} className={inputClass}>
              <option value="">全部</option>
              {campaigns.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
            </select>
          </label>
          <label className="text-sm"><span className="mb-1 block text-slate-600">起始日期</span><input type="date" name="from" defaultValue={f.from ?? ""} className={inputClass} /></label>
          <label className="text-sm"><span className="mb-1 block text-slate-600">截止日期</span><input type="date" name="to" defaultValue={f.to ?? ""} className={inputClass} /></label>
          <div className="flex items-end gap-2"><button className={buttonClass.secondary} type="submit">筛选</button><Link href="/talks" className="pb-2 text-sm text-slate-500 hover:underline">清除</Link></div>
        </form>
        {data.rows.length === 0 ? <EmptyState title="暂无谈话记录" hint="点击右上角“记录谈话”添加。" /> : (
          <Table caption="谈心谈话记录">
            <thead><tr><Th>谈话日期</Th><Th>谈话对象</Th><Th>部门</Th><Th>谈话人</Th><Th>类型</Th><Th>主题</Th><Th>谈话计划</Th><Th>跟进</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((r) => (
                <tr key={r.id}>
                  <Td><Link href={`/talks/${r.id}`} className="font-medium text-brand-700 hover:underline">{formatDate(r.heldOn)}</Link></Td>
                  <Td>{r.interviewee.realName}</Td>
                  <Td>{r.interviewee.department?.name ?? "—"}</Td>
                  <Td>{r.interviewer.realName}</Td>
                  <Td>{talkOccasionLabel(r.occasion)}</Td>
                  <Td>{r.topics ? r.topics.split(",").join("、") : "—"}</Td>
                  <Td>{r.campaign?.title ?? "—"}</Td>
                  <Td>{r.followUpId ? <Badge tone="blue">已发起</Badge> : r.needsFollowUp ? <Badge tone="amber">需跟进</Badge> : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={f.page} pages={data.pages} total={data.total} basePath="/talks" params={{ departmentId: f.departmentId, occasion: f.occasion, campaignId: f.campaignId, from: f.from, to: f.to }} />
      </Card>
    </>
  );
}
