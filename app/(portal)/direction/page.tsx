import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import {
  CardSkeleton,
  DeploymentsCard,
  GoalsCard,
  MeetingsCard,
  MyAssignmentsCard,
} from "@/components/direction/overview";
import { YearFilter } from "@/components/direction/year-filter";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { holdsDepartmentPost } from "@/lib/direction/deployments/access";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { listDirectionYears } from "@/lib/direction/queries";
import { OverviewFilter } from "@/lib/direction/schemas";

export const metadata: Metadata = { title: T.title };

export default async function DirectionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("direction.read", "/direction");
  const { year } = OverviewFilter.parse(await searchParams);
  const years = await listDirectionYears();
  const manage = can(user.roles, "direction.manage");
  const viewer = {
    id: user.id,
    username: user.username,
    departmentId: user.departmentId,
    roles: user.roles,
  };
  return (
    <>
      <PageHeader
        title={T.title}
        description={T.description}
        actions={
          manage ? (
            <div className="flex flex-wrap gap-2">
              <Link href={`/direction/goals/new?year=${year}`} className={buttonClass.secondary}>
                {T.newGoal}
              </Link>
              <Link href="/direction/meetings/new" className={buttonClass.secondary}>
                {T.newMeeting}
              </Link>
              <Link href="/direction/deployments/new" className={buttonClass.primary}>
                {T.newDeployment}
              </Link>
            </div>
          ) : null
        }
      />
      <div className="mb-4">
        <YearFilter
          years={years.includes(year) ? years : [year, ...years]}
          year={year}
          basePath="/direction"
        />
      </div>
      <div className="space-y-4">
        {can(user.roles, "deployment.progress") ? (
          <Suspense fallback={<CardSkeleton title={T.myDeployments} />}>
            <MyAssignmentsCard viewer={viewer} hideWhenEmpty={!holdsDepartmentPost(user)} />
          </Suspense>
        ) : null}
        <div className="grid gap-4 lg:grid-cols-5">
          <div className="lg:col-span-3">
            <Suspense fallback={<CardSkeleton title={T.goals} />}>
              <GoalsCard year={year} manage={manage} />
            </Suspense>
          </div>
          <div className="lg:col-span-2">
            <Suspense fallback={<CardSkeleton title="近期会议" />}>
              <MeetingsCard year={year} manage={manage} />
            </Suspense>
          </div>
        </div>
        <Suspense fallback={<CardSkeleton title={T.deployments} />}>
          <DeploymentsCard year={year} manage={manage} viewer={viewer} />
        </Suspense>
      </div>
    </>
  );
}
