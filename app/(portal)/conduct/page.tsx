import type { Metadata } from "next";
import Link from "next/link";

import { ConductFilters, filterParams } from "@/components/conduct/conduct-filters";
import { RecordTable } from "@/components/conduct/record-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { conductScopeOf, listConduct } from "@/lib/conduct/queries";
import { ConductListFilter } from "@/lib/conduct/schemas";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "履职表现记录" };

const SCOPE_TEXT = {
  all: "全院的规范司法、表彰奖励、创新履职和纪律处分记录。纪律处分记录保密，每次查阅均记入审计日志。",
  department: "本人的记录，以及本部门及其人员的规范司法、表彰奖励和创新履职记录。",
  own: "本人的规范司法、表彰奖励、创新履职和纪律处分记录。",
} as const;

export default async function ConductPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(["conduct.read", "conduct.manage"], "/conduct");
  const params = await searchParams;
  const filter = ConductListFilter.parse(params);
  const manager = can(user.roles, "conduct.manage");
  const data = await listConduct(user, filter);
  return (
    <>
      <PageHeader
        title="履职表现记录"
        description={SCOPE_TEXT[conductScopeOf(user)]}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/conduct/mine" className={buttonClass.secondary}>
              我的记录
            </Link>
            <Link href="/conduct/honours" className={buttonClass.secondary}>
              荣誉墙
            </Link>
            {manager ? (
              <Link href="/conduct/new" className={buttonClass.primary}>
                新建记录
              </Link>
            ) : null}
          </div>
        }
      />
      <ConductFilters filter={filter} basePath="/conduct" drafts={manager} />
      <Card>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 条记录</span>
          {data.total > 0 ? (
            <ExportButton href={`/conduct/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title="没有符合条件的记录"
            hint={
              manager
                ? "点击右上角“新建记录”登记表彰、规范司法问题或纪律处分；或清除筛选条件。"
                : "政治处确认的记录将显示在这里；可清除筛选条件，或查看荣誉墙。"
            }
          />
        ) : (
          <RecordTable
            rows={data.rows}
            caption="履职表现记录"
            filter={filter}
            basePath="/conduct"
            params={filterParams(filter)}
          />
        )}
        <Pagination
          page={filter.page}
          pages={data.pages}
          total={data.total}
          basePath="/conduct"
          params={filterParams(filter)}
        />
      </Card>
    </>
  );
}
