// The cards of a meeting's page: the deployments made from it, and who attended.
import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import type { getMeeting } from "@/lib/direction/meetings/queries";

import { ProgressBar } from "../progress-bar";

type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

export function MeetingDeployments({
  deployments,
  manage,
}: {
  deployments: MeetingDetail["deployments"];
  manage: boolean;
}) {
  return (
    <Card title="据此部署的事项">
      {deployments.length ? (
        <ul className="divide-y divide-slate-100">
          {deployments.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link
                href={`/direction/deployments/${d.id}`}
                className="font-medium hover:text-brand-700 hover:underline"
              >
                {d.title}
              </Link>
              <ProgressBar summary={d.summary} className="w-full sm:w-64" />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState
          title="尚未据此会议部署事项"
          hint={
            manage
              ? "点击右上角“据此新建部署事项”，把决定分解到部门，指定责任人和截止日期"
              : "会议决定分解到部门后会显示在这里"
          }
        />
      )}
    </Card>
  );
}

export function MeetingAttendees({
  count,
  groups,
  manage,
}: {
  count: number;
  groups: MeetingDetail["attendeeGroups"];
  manage: boolean;
}) {
  return (
    <Card title={`参会人员（${count} 人）`}>
      {groups.length === 0 ? (
        <EmptyState
          title="未登记参会人员"
          hint={manage ? "点击“编辑会议”按部门勾选参会人员" : undefined}
        />
      ) : count > 40 ? (
        // A 全院 meeting: departments folded, names on demand.
        <ul className="space-y-1 text-sm">
          {groups.map((g) => (
            <li key={g.name}>
              <details>
                <summary className="cursor-pointer text-slate-700">
                  {g.name}（{g.people.length}）
                </summary>
                <p className="mt-1 pl-4 text-slate-600">
                  {g.people.map((p) => p.realName).join("、")}
                </p>
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <dl className="space-y-2 text-sm">
          {groups.map((g) => (
            <div key={g.name}>
              <dt className="text-xs font-semibold text-slate-500">
                {g.name}（{g.people.length}）
              </dt>
              <dd className="text-slate-700">{g.people.map((p) => p.realName).join("、")}</dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
