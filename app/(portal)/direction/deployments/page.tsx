import type { Metadata } from "next";
import Link from "next/link";

import { DeploymentFilters } from "@/components/direction/deployments/deployment-filters";
import { DeploymentTable } from "@/components/direction/deployments/deployment-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { deploymentSortOf, listDeployments } from "@/lib/direction/deployments/list";
import { DeploymentListFilter } from "@/lib/direction/deployments/schemas";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { listDirectionYears } from "@/lib/direction/queries";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: T.deployments };

export default async function DeploymentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("direction.read", "/direction/deployments");
  const params = await searchParams;
  const filter = DeploymentListFilter.parse(params);
  const [years, data] = await Promise.all([listDirectionYears(), listDeployments(user, filter)]);
  const manage = can(user.roles, "direction.manage");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/direction" className="text-brand-700 hover:underline">
          ← {T.title}
        </Link>
      </p>
      <PageHeader
        title={T.deployments}
        description="党组部署分解到部门的事项，及各部门的落实进展；逾期按截止日期自动判定"
        actions={
          manage ? (
            <Link href="/direction/deployments/new" className={buttonClass.primary}>
              {T.newDeployment}
            </Link>
          ) : null
        }
      />
      <Card>
        <DeploymentFilters filter={filter} years={years} />
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 项</span>
          {data.total > 0 ? (
            <ExportButton href={`/direction/deployments/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length ? (
          <DeploymentTable rows={data.rows} sort={deploymentSortOf(filter)} params={params} />
        ) : filter.year || filter.state || filter.q || filter.mine ? (
          <EmptyState title="没有符合条件的部署事项" hint="请调整或清除筛选条件。" />
        ) : (
          <EmptyState
            title="尚无部署事项"
            hint={manage ? T.noDeploymentsHint : T.noDeploymentsHintReader}
          />
        )}
        <Pagination
          page={filter.page}
          pages={data.pages}
          total={data.total}
          basePath="/direction/deployments"
          params={{
            year: filter.year?.toString(),
            state: filter.state,
            q: filter.q,
            mine: filter.mine,
            sort: filter.sort,
            dir: filter.dir,
          }}
        />
      </Card>
    </>
  );
}
