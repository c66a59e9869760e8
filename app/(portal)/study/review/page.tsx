import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ReviewFilters } from "@/components/study/log/review-filters";
import { LOG_STATUS_TONES } from "@/components/study/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import { reviewDefaultDir } from "@/lib/study/log/list";
import { listReviewDepartments, listReviewQueue } from "@/lib/study/log/queries";
import { LOG_STATUS_LABELS, logKindLabel, ReviewFilter } from "@/lib/study/log/schemas";
import { formatTenths } from "@/lib/study/units";

export const metadata: Metadata = { title: "学习日志审核" };

const DAY = 24 * 3600_000;

export default async function StudyReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("study.log", "/study/review");
  const params = await searchParams;
  const f = ReviewFilter.parse(params);
  const sort = {
    key: f.sort ?? "createdAt",
    dir: f.dir ?? (!f.sort || f.sort === "createdAt" ? reviewDefaultDir(f) : "asc"),
  } as const;
  const sortable = { sort, basePath: "/study/review", params };
  const [data, departments] = await Promise.all([
    listReviewQueue(user, f),
    listReviewDepartments(user),
  ]);
  // Only 政治处 and department heads review; for anyone else the page does not exist.
  if (!data) notFound();
  const office = can(user.roles, "study.manage");
  const now = new Date();
  return (
    <>
      <PageHeader
        title="学习日志审核"
        description={
          office
            ? "政治处审核全院干警的学习日志（本人的由其他同志审核）"
            : "作为支部书记（部门负责人，一岗双责），审核本部门干警的学习日志；本人的学习日志由政治处审核"
        }
      />
      <Card>
        <ReviewFilters filter={f} departments={departments} />
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 条记录</span>
          {data.total > 0 ? (
            <ExportButton href={`/study/review/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={
              f.status === "SUBMITTED" && !f.q ? "没有待审核的学习日志" : "没有符合条件的学习日志"
            }
            hint={
              f.status === "SUBMITTED" && !f.q
                ? "干警提交学习日志后会出现在这里，按提交时间从早到晚排列"
                : undefined
            }
          />
        ) : (
          <Table caption={f.status === "SUBMITTED" ? "待审核的学习日志" : "学习日志"}>
            <thead>
              <tr>
                <SortTh label="学习内容" column="title" className="min-w-40" {...sortable} />
                <SortTh label="干警" column="person" {...sortable} />
                <SortTh label="提交时间" column="createdAt" {...sortable} />
                <SortTh label="学习日期" column="studiedOn" {...sortable} />
                <SortTh label="时长（小时）" column="hours" {...sortable} />
                <SortTh label="状态" column="status" {...sortable} />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((r) => {
                const days = Math.floor((now.getTime() - r.createdAt.getTime()) / DAY);
                return (
                  <tr key={r.id}>
                    <Td>
                      <Link
                        href={`/study/review/${r.id}`}
                        className="text-brand-700 hover:underline"
                      >
                        {r.title}
                      </Link>
                      <span className="block text-xs text-slate-500">{logKindLabel(r.kind)}</span>
                    </Td>
                    <Td className="whitespace-nowrap">
                      {r.user.realName}
                      <span className="block text-xs text-slate-500">
                        {r.user.department?.name}
                      </span>
                    </Td>
                    <Td className="text-xs whitespace-nowrap">
                      {formatDateTime(r.createdAt)}
                      {r.status === "SUBMITTED" ? (
                        <span
                          className={`block ${days >= 7 ? "font-medium text-red-700" : "text-slate-500"}`}
                        >
                          {days > 0 ? `已等待 ${days} 天` : "今天提交"}
                        </span>
                      ) : null}
                    </Td>
                    <Td className="whitespace-nowrap">{formatDate(r.studiedOn)}</Td>
                    <Td className="tabular-nums">{formatTenths(r.tenths)}</Td>
                    <Td className="whitespace-nowrap">
                      <StatusBadge
                        status={r.status}
                        labels={LOG_STATUS_LABELS}
                        tones={LOG_STATUS_TONES}
                      />
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <Pagination
          page={f.page}
          pages={data.pages}
          total={data.total}
          basePath="/study/review"
          params={{
            q: f.q,
            sort: f.sort,
            dir: f.dir,
            status: f.status === "SUBMITTED" ? undefined : f.status,
            kind: f.kind,
            dept: f.dept,
          }}
        />
      </Card>
    </>
  );
}
