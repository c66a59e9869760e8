import Link from "next/link";

import { ASSIGNMENT_STATUS_TONES } from "@/components/direction/tones";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import type { DepartmentDashboard } from "@/lib/department/queries";
import { ASSIGNMENT_STATUS_LABELS } from "@/lib/direction/labels";
import { formatDate } from "@/lib/format";

/** The 部署事项 assigned to the department: counts, and the unfinished ones by due date. */
export function DeploymentsSection({ d }: { d: DepartmentDashboard }) {
  const x = d.deployments;
  return (
    <Card
      id="department-deployments"
      title="部署事项落实"
      actions={
        <Link href="/direction/deployments" className={buttonClass.link}>
          全部部署事项
        </Link>
      }
    >
      {x.total === 0 ? (
        <EmptyState
          title="还没有交给本部门的部署事项"
          hint="党组会议或政治处部署工作并指定本部门后显示"
        />
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">
            共 <strong className="tabular-nums">{x.total}</strong> 项：已完成 {x.done}，推进中{" "}
            {x.inProgress}，未开始 {x.open}
            {x.overdue ? (
              <>
                ，<span className="font-medium text-brand-700">逾期 {x.overdue}</span>
              </>
            ) : null}
            。
          </p>
          {x.active.length === 0 ? (
            <p className="text-sm text-slate-500">全部部署事项均已完成。</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {x.active.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="min-w-0">
                    <Link
                      href={`/direction/deployments/${a.deploymentId}`}
                      className="text-brand-700 hover:underline"
                    >
                      {a.title}
                    </Link>
                    <span className="ml-2 text-xs text-slate-500">
                      {a.owner} · 期限 {formatDate(a.dueDate)}
                    </span>
                  </span>
                  <span className="flex items-center gap-1">
                    <StatusBadge
                      status={a.status}
                      labels={ASSIGNMENT_STATUS_LABELS}
                      tones={ASSIGNMENT_STATUS_TONES}
                    />
                    {a.overdue ? <Badge tone="red">逾期</Badge> : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Card>
  );
}
