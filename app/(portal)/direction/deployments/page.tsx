import type { Metadata } from "next";
import Link from "next/link";

import { DeploymentFilters } from "@/components/direction/deployments/deployment-filters";
import { DeploymentList } from "@/components/direction/deployments/deployment-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listDeployments } from "@/lib/direction/deployments/queries";
import { DeploymentListFilter } from "@/lib/direction/deployments/schemas";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { listDirectionYears } from "@/lib/direction/queries";

export const metadata: Metadata = { title: T.deployments };

export default async function DeploymentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("direction.read", "/direction/deployments");
  const filter = DeploymentListFilter.parse(await searchParams);
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
        {data.rows.length ? (
          <DeploymentList items={data.rows} />
        ) : filter.year || filter.state ? (
          <EmptyState
            title="没有符合条件的部署事项"
            hint="换一个年度或落实情况，或选择“全部年度”"
          />
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
          params={{ year: filter.year?.toString(), state: filter.state }}
        />
      </Card>
    </>
  );
}
