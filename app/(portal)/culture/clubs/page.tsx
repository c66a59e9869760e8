import type { Metadata } from "next";
import Link from "next/link";

import { ClubList } from "@/components/culture/clubs/club-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortLinks } from "@/components/ui/sort-links";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { clubSortOf, listClubs } from "@/lib/culture/clubs/queries";
import { ClubListFilter } from "@/lib/culture/clubs/schemas";
import { withParams } from "@/lib/list-sort";

const SORTS = [
  { column: "foundedOn", label: "成立日期" },
  { column: "name", label: "社团名称" },
  { column: "events", label: "活动场次" },
] as const;

export const metadata: Metadata = { title: "社团" };

export default async function ClubsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    "/culture/clubs",
  );
  const filter = ClubListFilter.parse(await searchParams);
  const params = { q: filter.q, sort: filter.sort, dir: filter.dir };
  const data = await listClubs(user, filter);
  const manage = can(user.roles, "culture.manage");
  return (
    <>
      <PageHeader
        title="社团"
        description="干警自愿参加的文化社团：申请加入由社团负责人审批，成员可报名社团的读书分享、讲座等活动"
        actions={
          manage ? (
            <Link href="/culture/clubs/new" className={buttonClass.primary}>
              新建社团
            </Link>
          ) : null
        }
      />
      <Card>
        <FilterBar
          label="搜索社团"
          clearHref="/culture/clubs"
          hidden={{ sort: filter.sort ?? "", dir: filter.dir ?? "" }}
        >
          <FilterInput
            label="关键词"
            name="q"
            type="search"
            value={filter.q}
            placeholder="社团名称或负责人姓名"
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <SortLinks
            columns={SORTS}
            sort={clubSortOf(filter)}
            basePath="/culture/clubs"
            params={params}
          />
          <span className="flex items-center gap-3">
            共 {data.total} 个社团
            {data.total > 0 ? (
              <ExportButton href={`/culture/clubs/export${withParams(params, {})}`} />
            ) : null}
          </span>
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filter.q ? "没有符合条件的社团" : "还没有社团"}
            hint={
              filter.q
                ? undefined
                : manage
                  ? "点击右上角“新建社团”，填写章程并指定负责人"
                  : "政治处设立社团后会显示在这里"
            }
          />
        ) : (
          <ClubList rows={data.rows} />
        )}
        <Pagination
          page={filter.page}
          pages={data.pages}
          total={data.total}
          basePath="/culture/clubs"
          params={params}
        />
      </Card>
    </>
  );
}
