import type { Metadata } from "next";

import { GoalForm } from "@/components/direction/goals/goal-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { createGoal } from "@/lib/direction/goals/actions";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { OverviewFilter } from "@/lib/direction/schemas";

export const metadata: Metadata = { title: T.newGoal };

export default async function NewGoalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePagePermission("direction.manage", "/direction/goals/new");
  const { year } = OverviewFilter.parse(await searchParams);
  return (
    <>
      <PageHeader title={T.newGoal} description="党组研究确定的年度发展目标，全院干警均可查看" />
      <Card>
        <GoalForm action={createGoal} defaultYear={year} />
      </Card>
    </>
  );
}
