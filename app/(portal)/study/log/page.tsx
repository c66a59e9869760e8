import type { Metadata } from "next";
import Link from "next/link";

import { LogForm } from "@/components/study/log/log-form";
import { LOG_STATUS_TONES } from "@/components/study/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, toDateInput } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import { countMyLogsByStatus, listMyLogs } from "@/lib/study/log/queries";
import {
  EDITABLE_STATUSES,
  LOG_STATUS_LABELS,
  LOG_STATUSES,
  logKindLabel,
  MyLogFilter,
} from "@/lib/study/log/schemas";
import { formatTenths } from "@/lib/study/units";

export const metadata: Metadata = { title: "学习日志" };

export default async function StudyLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("study.log", "/study/log");
  const params = await searchParams;
  const f = MyLogFilter.parse(params);
  const sort = {
    key: f.sort ?? "studiedOn",
    dir: f.dir ?? (f.sort && f.sort !== "studiedOn" ? "asc" : "desc"),
  } as const;
  const sortable = { sort, basePath: "/study/log", params };
  const [data, byStatus] = await Promise.all([listMyLogs(user, f), countMyLogsByStatus(user)]);
  const all = Object.values(byStatus).reduce((s, n) => s + n, 0);
  const filters = [
    { key: undefined, label: "全部", n: all },
    ...LOG_STATUSES.map((s) => ({ key: s, label: LOG_STATUS_LABELS[s], n: byStatus[s] ?? 0 })),
  ];
  return (
    <>
      <PageHeader
        title="学习日志"
        description="登记个人自学：读书、网络学习、心得体会等。经审核通过后计入学习时长和积分。"
      />
      <div className="grid gap-4 lg:grid-cols-5">
        <Card title="登记学习" className="min-w-0 lg:col-span-2">
          <div id="new">
            <LogForm today={toDateInput(new Date())} />
          </div>
        </Card>
        <Card title="我的学习日志" className="min-w-0 lg:col-span-3">
          <nav aria-label="按状态筛选" className="mb-3 flex flex-wrap gap-2 text-sm">
            {filters.map((x) => (
              <Link
                key={x.label}
                href={`/study/log${withParams(params, { status: x.key })}`}
                aria-current={f.status === x.key ? "page" : undefined}
                className={`rounded-full border px-3 py-1 ${f.status === x.key ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 text-slate-600 hover:bg-slate-50"}`}
              >
                {x.label} {x.n}
              </Link>
            ))}
          </nav>
          <FilterBar
            label="搜索我的学习日志"
            clearHref="/study/log"
            columns={3}
            hidden={{ status: f.status ?? "", sort: f.sort ?? "", dir: f.dir ?? "" }}
          >
            <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="学习内容" />
          </FilterBar>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
            <span>共 {data.total} 条记录</span>
            {data.total > 0 ? (
              <ExportButton href={`/study/log/export${withParams(params, {})}`} />
            ) : null}
          </div>
          {data.rows.length === 0 ? (
            <EmptyState
              title={
                f.q
                  ? "没有符合条件的学习记录"
                  : f.status
                    ? "没有该状态的学习记录"
                    : "您还没有登记学习"
              }
              hint="在左侧填写学习类型、内容、日期和时长后提交，审核通过即计入积分"
            />
          ) : (
            <Table caption="我的学习日志">
              <thead>
                <tr>
                  <SortTh label="学习日期" column="studiedOn" {...sortable} />
                  <SortTh label="类型" column="kind" {...sortable} />
                  <SortTh label="内容" column="title" className="min-w-40" {...sortable} />
                  <SortTh label="时长（小时）" column="hours" {...sortable} />
                  <SortTh label="状态" column="status" {...sortable} />
                  <Th>操作</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.rows.map((r) => (
                  <tr key={r.id}>
                    <Td className="whitespace-nowrap">{formatDate(r.studiedOn)}</Td>
                    <Td className="whitespace-nowrap">{logKindLabel(r.kind)}</Td>
                    <Td>
                      <Link href={`/study/log/${r.id}`} className="text-brand-700 hover:underline">
                        {r.title}
                      </Link>
                      {r.status === "RETURNED" && r.reviewComment ? (
                        <span className="block text-xs text-red-700">
                          退回意见：{r.reviewComment}
                        </span>
                      ) : null}
                    </Td>
                    <Td className="tabular-nums">{formatTenths(r.tenths)}</Td>
                    <Td className="whitespace-nowrap">
                      <StatusBadge
                        status={r.status}
                        labels={LOG_STATUS_LABELS}
                        tones={LOG_STATUS_TONES}
                      />
                    </Td>
                    <Td className="whitespace-nowrap">
                      {(EDITABLE_STATUSES as readonly string[]).includes(r.status) ? (
                        <Link
                          href={`/study/log/${r.id}`}
                          className="text-sm text-brand-700 hover:underline"
                        >
                          {r.status === "RETURNED" ? "修改后重新提交" : "修改"}
                        </Link>
                      ) : null}
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
            basePath="/study/log"
            params={{ q: f.q, sort: f.sort, dir: f.dir, status: f.status }}
          />
        </Card>
      </div>
    </>
  );
}
