import type { Metadata } from "next";
import Link from "next/link";

import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { listDepartmentOptions } from "@/lib/admin/queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import { seesAllTalks } from "@/lib/talks/access";
import { TALK_OCCASION_LABELS, TALK_OCCASIONS, talkOccasionLabel } from "@/lib/talks/labels";
import { listCampaignOptions, listMyPendingAssignments, listTalks } from "@/lib/talks/queries";
import { TalkListFilter } from "@/lib/talks/schemas";

export const metadata: Metadata = { title: "谈心谈话" };

export default async function TalksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("talk.record", "/talks");
  const params = await searchParams;
  const f = TalkListFilter.parse(params);
  const sort = {
    key: f.sort ?? "heldOn",
    dir: f.dir ?? (f.sort && f.sort !== "heldOn" ? "asc" : "desc"),
  } as const;
  const sortable = { sort, basePath: "/talks", params };
  const filtered = Boolean(f.q || f.occasion || f.departmentId || f.campaignId || f.from || f.to);
  const all = seesAllTalks(user.roles);
  const [data, departments, campaigns, assignments] = await Promise.all([
    listTalks(user, f),
    all ? listDepartmentOptions() : [],
    listCampaignOptions(),
    listMyPendingAssignments(user),
  ]);
  return (
    <>
      <PageHeader
        title="谈心谈话"
        description={
          all
            ? "全院谈心谈话记录。打开记录查看谈话内容将记入审计日志；谈话对象本人不可见。"
            : "您开展的谈心谈话记录。谈话内容加密保存，谈话对象本人不可见。"
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/talks/new" className={buttonClass.primary}>
              记录谈话
            </Link>
            {can(user.roles, "talk.campaign") ? (
              <Link href="/talks/campaigns" className={buttonClass.secondary}>
                谈话计划
              </Link>
            ) : null}
          </div>
        }
      />
      {assignments.length > 0 ? (
        <Card title={`待完成的谈话任务（${assignments.length}）`} className="mb-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            {assignments.map((a) => (
              <li key={`${a.campaignId}:${a.userId}`}>
                <Link
                  href={`/talks/new?intervieweeId=${a.userId}`}
                  className="inline-block rounded border border-slate-200 px-2 py-1 hover:bg-slate-50"
                >
                  {a.department} · {a.realName}
                  <span className="ml-1 text-xs text-slate-500">{a.campaign}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card>
        <FilterBar
          label="筛选谈话记录"
          clearHref="/talks"
          columns={6}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput
            label="关键词"
            name="q"
            type="search"
            value={f.q}
            placeholder="谈话对象、谈话人或主题"
          />
          {all ? (
            <FilterSelect
              label="部门"
              name="departmentId"
              value={f.departmentId}
              all="全部部门"
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          ) : null}
          <FilterSelect
            label="谈话类型"
            name="occasion"
            value={f.occasion}
            options={TALK_OCCASIONS.map((c) => ({ value: c, label: TALK_OCCASION_LABELS[c] }))}
          />
          <FilterSelect
            label="谈话计划"
            name="campaignId"
            value={f.campaignId}
            options={campaigns.map((c) => ({ value: c.id, label: c.title }))}
          />
          <FilterInput label="起始日期" name="from" type="date" value={f.from} />
          <FilterInput label="截止日期" name="to" type="date" value={f.to} />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 条记录</span>
          {data.total > 0 ? <ExportButton href={`/talks/export${withParams(params, {})}`} /> : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的谈话记录" : "暂无谈话记录"}
            hint={filtered ? "请调整或清除筛选条件。" : "点击右上角“记录谈话”添加。"}
          />
        ) : (
          <Table caption="谈心谈话记录">
            <thead>
              <tr>
                <SortTh label="谈话日期" column="heldOn" {...sortable} />
                <SortTh label="谈话对象" column="interviewee" {...sortable} />
                <SortTh label="部门" column="department" {...sortable} />
                <SortTh label="谈话人" column="interviewer" {...sortable} />
                <SortTh label="类型" column="occasion" {...sortable} />
                <Th>主题</Th>
                <Th>谈话计划</Th>
                <Th>跟进</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link
                      href={`/talks/${r.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {formatDate(r.heldOn)}
                    </Link>
                  </Td>
                  <Td>{r.interviewee.realName}</Td>
                  <Td>{r.interviewee.department?.name ?? "—"}</Td>
                  <Td>{r.interviewer.realName}</Td>
                  <Td>{talkOccasionLabel(r.occasion)}</Td>
                  <Td>{r.topics ? r.topics.split(",").join("、") : "—"}</Td>
                  <Td>{r.campaign?.title ?? "—"}</Td>
                  <Td>
                    {r.followUpId ? (
                      <Badge tone="blue">已发起</Badge>
                    ) : r.needsFollowUp ? (
                      <Badge tone="amber">需跟进</Badge>
                    ) : (
                      "—"
                    )}
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
          basePath="/talks"
          params={{
            q: f.q,
            sort: f.sort,
            dir: f.dir,
            departmentId: f.departmentId,
            occasion: f.occasion,
            campaignId: f.campaignId,
            from: f.from,
            to: f.to,
          }}
        />
      </Card>
    </>
  );
}
