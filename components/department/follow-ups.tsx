import Link from "next/link";

import { OverdueBadge, sourceLabel } from "@/components/follow-ups/badges";
import { Card, EmptyState } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DepartmentDashboard } from "@/lib/department/queries";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/follow-ups/labels";
import { formatDate } from "@/lib/format";

/** The department's 督办: counts (linked to the board for 政治处) and the open ones, due first. */
export function FollowUpsSection({ d }: { d: DepartmentDashboard }) {
  const f = d.followUps;
  const board = (q: string) =>
    d.may.manageFollowUps ? `/follow-ups?departmentId=${d.department.id}&${q}` : null;
  const figures = [
    { label: "进行中", value: f.active, href: board("status=ACTIVE") },
    { label: "逾期", value: f.overdue, href: board("overdue=1"), red: f.overdue > 0 },
    { label: "待核销", value: f.resolved, href: board("status=RESOLVED") },
    { label: "已核销", value: f.closed, href: board("status=CLOSED") },
  ];
  return (
    <Card id="department-follow-ups" title="本部门督办">
      <dl className="mb-3 grid grid-cols-4 gap-2 text-center">
        {figures.map((x) => (
          <div key={x.label} className="rounded-md bg-slate-50 px-2 py-2">
            <dt className="text-xs text-slate-500">{x.label}</dt>
            <dd className={`text-lg font-bold tabular-nums ${x.red ? "text-brand-700" : ""}`}>
              {x.href ? (
                <Link
                  href={x.href}
                  className="hover:underline"
                  aria-label={`${x.label}督办 ${x.value} 项，查看列表`}
                >
                  {x.value}
                </Link>
              ) : (
                x.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      {f.open.length === 0 ? (
        <EmptyState
          title="本部门没有进行中的督办"
          hint="督办由政治处交办；交办到本部门后显示在这里"
        />
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {f.open.map((x) => (
            <li key={x.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="min-w-0">
                {x.linkable ? (
                  <Link href={`/follow-ups/${x.id}`} className="text-brand-700 hover:underline">
                    {x.title}
                  </Link>
                ) : (
                  x.title
                )}
                <span className="ml-2 text-xs text-slate-500">
                  {sourceLabel(x.sourceType)} · {x.assignee ?? "未指派"}
                  {x.dueDate ? ` · 期限 ${formatDate(x.dueDate)}` : ""}
                </span>
              </span>
              <span className="flex items-center gap-1">
                <StatusBadge status={x.status} labels={STATUS_LABELS} tones={STATUS_TONES} />
                <OverdueBadge overdue={x.overdue} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {f.active > f.open.length ? (
        <p className="mt-2 text-xs text-slate-500">只列出期限最近的 {f.open.length} 项。</p>
      ) : null}
    </Card>
  );
}
