// The widgets of /direction, each an async server component so the page can
// stream them inside <Suspense>.
import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import { listDeployments, listMyAssignments } from "@/lib/direction/deployments/queries";
import { listGoals } from "@/lib/direction/goals/queries";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { listRecentMeetings } from "@/lib/direction/meetings/queries";
import type { Viewer } from "@/lib/direction/queries";

import { DeploymentList } from "./deployments/deployment-list";
import { MyAssignments } from "./deployments/my-assignments";
import { GoalList } from "./goals/goal-list";
import { MeetingList } from "./meetings/meeting-list";

const more = "text-sm text-brand-700 hover:underline";

export async function GoalsCard({ year, manage }: { year: number; manage: boolean }) {
  const goals = await listGoals(year);
  return (
    <Card
      title={`${year} ${T.goals}`}
      actions={
        manage ? (
          <Link href={`/direction/goals/new?year=${year}`} className={more}>
            + {T.newGoal}
          </Link>
        ) : null
      }
    >
      {goals.length ? (
        <GoalList items={goals} manage={manage} />
      ) : (
        <EmptyState title={T.noGoals} hint={manage ? T.noGoalsHint : T.noGoalsHintReader} />
      )}
    </Card>
  );
}

export async function MeetingsCard({ year, manage }: { year: number; manage: boolean }) {
  const meetings = await listRecentMeetings(year, 6);
  return (
    <Card
      title="近期会议"
      actions={
        <Link href={`/direction/meetings?year=${year}`} className={more}>
          全部会议 →
        </Link>
      }
    >
      {meetings.length ? (
        <MeetingList items={meetings} />
      ) : (
        <EmptyState
          title={T.noMeetings}
          hint={manage ? T.noMeetingsHint : T.noMeetingsHintReader}
        />
      )}
    </Card>
  );
}

export async function DeploymentsCard({
  year,
  manage,
  viewer,
}: {
  year: number;
  manage: boolean;
  viewer: Viewer;
}) {
  const data = await listDeployments(viewer, { year, page: 1 }, new Date(), 8);
  return (
    <Card
      title={`${year} 年${T.deployments}`}
      actions={
        <Link href={`/direction/deployments?year=${year}`} className={more}>
          {data.total > data.rows.length ? `全部 ${data.total} 项 →` : "全部部署事项 →"}
        </Link>
      }
    >
      {data.rows.length ? (
        <DeploymentList items={data.rows} />
      ) : (
        <EmptyState
          title={T.noDeployments}
          hint={manage ? T.noDeploymentsHint : T.noDeploymentsHintReader}
        />
      )}
    </Card>
  );
}

export async function MyAssignmentsCard({
  viewer,
  hideWhenEmpty,
}: {
  viewer: Viewer;
  hideWhenEmpty?: boolean;
}) {
  const mine = await listMyAssignments(viewer);
  if (hideWhenEmpty && mine.active.length === 0 && mine.done.length === 0) return null;
  const overdue = mine.active.filter((a) => a.overdue).length;
  return (
    <Card
      title={
        <>
          {T.myDeployments}
          {overdue ? (
            <span className="ml-2 text-sm font-medium text-red-600">{overdue} 项已逾期</span>
          ) : null}
        </>
      }
    >
      <MyAssignments active={mine.active} done={mine.done} />
    </Card>
  );
}

export function CardSkeleton({ title }: { title: string }) {
  return (
    <Card title={title}>
      <div aria-busy="true" aria-label="正在加载" className="space-y-2">
        <div className="h-4 w-2/3 animate-pulse rounded bg-slate-100" />
        <div className="h-4 w-1/2 animate-pulse rounded bg-slate-100" />
      </div>
    </Card>
  );
}
