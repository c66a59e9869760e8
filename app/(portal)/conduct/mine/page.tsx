import type { Metadata } from "next";
import Link from "next/link";

import { ConductFilters, filterParams } from "@/components/conduct/conduct-filters";
import { RecordTable } from "@/components/conduct/record-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { listConduct } from "@/lib/conduct/queries";
import { ConductListFilter } from "@/lib/conduct/schemas";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "我的履职表现记录" };

export default async function MyConductPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("conduct.read", "/conduct/mine");
  const params = await searchParams;
  const filter = ConductListFilter.parse(params);
  const data = await listConduct(user, filter, true);
  return (
    <>
      <PageHeader
        title="我的履职表现记录"
        description="政治处确认的本人记录；已撤销的记录保留并注明理由，不计入考评。"
        actions={
          <Link href="/conduct/honours" className={buttonClass.secondary}>
            荣誉墙
          </Link>
        }
      />
      <ConductFilters filter={filter} basePath="/conduct/mine" drafts={false} />
      <Card>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 条记录</span>
          {data.total > 0 ? (
            <ExportButton href={`/conduct/mine/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title="暂无您的履职表现记录"
            hint="表彰奖励、创新履职等记录经政治处确认后显示在这里；如有遗漏请联系政治处。"
          />
        ) : (
          <RecordTable
            rows={data.rows}
            caption="我的履职表现记录"
            filter={filter}
            basePath="/conduct/mine"
            params={filterParams(filter)}
          />
        )}
        <Pagination
          page={filter.page}
          pages={data.pages}
          total={data.total}
          basePath="/conduct/mine"
          params={filterParams(filter)}
        />
      </Card>
    </>
  );
}
