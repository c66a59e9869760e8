import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { GoalForm } from "@/components/direction/goals/goal-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { updateGoal } from "@/lib/direction/goals/actions";
import { getGoalForEdit } from "@/lib/direction/goals/queries";

export const metadata: Metadata = { title: "编辑年度目标" };

export default async function EditGoalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("direction.manage", "/direction/goals/[id]/edit");
  const goal = await getGoalForEdit(id);
  if (!goal) notFound();
  return (
    <>
      <PageHeader title={`编辑年度目标：${goal.title}`} />
      <Card>
        <GoalForm action={updateGoal} values={goal} defaultYear={goal.year} />
      </Card>
    </>
  );
}
