// 来源 on a deployment's page: the yearly goal and the meeting it comes from.
import Link from "next/link";

import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { GOAL_STATUS_LABELS, MEETING_TYPE_LABELS } from "@/lib/direction/labels";
import { formatDate } from "@/lib/format";

import { GOAL_STATUS_TONES, MEETING_TYPE_TONES } from "../tones";
import type { DeploymentDetail } from "./assignment-progress";

export function DeploymentSource({ goal, meeting }: Pick<DeploymentDetail, "goal" | "meeting">) {
  return (
    <Card title="来源">
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="text-xs text-slate-500">年度目标</dt>
          <dd>
            {goal ? (
              <span className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/direction?year=${goal.year}`}
                  className="text-brand-700 hover:underline"
                >
                  {goal.year} 年：{goal.title}
                </Link>
                <StatusBadge
                  status={goal.status}
                  labels={GOAL_STATUS_LABELS}
                  tones={GOAL_STATUS_TONES}
                />
              </span>
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">会议决定</dt>
          <dd>
            {meeting ? (
              <span className="flex flex-wrap items-center gap-2">
                <StatusBadge
                  status={meeting.type}
                  labels={MEETING_TYPE_LABELS}
                  tones={MEETING_TYPE_TONES}
                />
                <Link
                  href={`/direction/meetings/${meeting.id}`}
                  className="text-brand-700 hover:underline"
                >
                  {meeting.title}
                </Link>
                <span className="text-xs text-slate-500">{formatDate(meeting.heldAt)}</span>
              </span>
            ) : (
              "—"
            )}
          </dd>
        </div>
      </dl>
    </Card>
  );
}
