import type { Metadata } from "next";
import Link from "next/link";

import { FollowUpCounts } from "@/components/follow-ups/follow-up-counts";
import { FollowUpFilters } from "@/components/follow-ups/follow-up-filters";
import { FollowUpTable } from "@/components/follow-ups/follow-up-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { canManageFollowUps, readsAllFollowUps } from "@/lib/follow-ups/access";
import { assigneeFilterOptions, departmentFilterOptions } from "@/lib/follow-ups/filter-options";
import { countFollowUps, followUpSortOf, listFollowUps } from "@/lib/follow-ups/queries";
import { FollowUpListFilter } from "@/lib/follow-ups/schemas";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "督办事项" };

export default async function FollowUpsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("followup.work", "/follow-ups");
  const manager = canManageFollowUps(user);
  // 政治处 and 院领导 (followup.readAll) see the whole board; only 政治处 creates.
  const all = readsAllFollowUps(user);
  const filter = FollowUpListFilter.parse(await searchParams);
  const now = new Date();
  const [data, counts, departments, assignees] = await Promise.all([
    listFollowUps(user, filter, now),
    countFollowUps(user, now),
    departmentFilterOptions(user, filter, now),
    assigneeFilterOptions(user, filter, now),
  ]);
  const params = {
    q: filter.q,
    source: filter.source,
    departmentId: filter.departmentId,
    assigneeId: all ? filter.assigneeId : undefined,
    status: filter.status,
    overdue: filter.overdue ? "1" : undefined,
  };
  const filtered = Object.values(params).some(Boolean);
  const sorted = { ...params, sort: filter.sort, dir: filter.dir };
  const sort = followUpSortOf(user, filter);
  return (
    <>
      <PageHeader
        title={all ? "督办事项" : "我的督办"}
        description={
          manager
            ? "关注人员、会议决定、部署事项等的交办、跟踪与核销"
            : all
              ? "全院督办事项的进展与办结情况（办理过程记录由政治处和承办人掌握）"
              : "交办给您的督办事项：填写办理进展，办结后由政治处核销"
        }
        actions={
          manager ? (
            <Link href="/follow-ups/new" className={buttonClass.primary}>
              新建督办
            </Link>
          ) : null
        }
      />
      <FollowUpCounts counts={counts} />
      <Card>
        <FollowUpFilters
          filter={filter}
          manager={all}
          departments={departments}
          assignees={assignees}
        />
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 项</span>
          {data.total > 0 ? (
            <ExportButton href={`/follow-ups/export${withParams(sorted, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          filtered ? (
            <EmptyState title="没有符合条件的督办事项" hint="调整或清除筛选条件" />
          ) : (
            <EmptyState
              title={all ? "暂无督办事项" : "目前没有交办给您的督办事项"}
              hint={
                manager
                  ? "信息员报送的关注人员经部门负责人审阅后会自动生成督办事项，也可以手工新建"
                  : undefined
              }
            />
          )
        ) : (
          <FollowUpTable
            rows={data.rows}
            showAssignee={all}
            titleSorts={manager || !all}
            sortable={{ sort, basePath: "/follow-ups", params: sorted }}
          />
        )}
        <Pagination
          page={filter.page}
          pages={data.pages}
          total={data.total}
          basePath="/follow-ups"
          params={sorted}
        />
      </Card>
    </>
  );
}
