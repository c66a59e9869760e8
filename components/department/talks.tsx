import Link from "next/link";

import { Badge, Card, EmptyState } from "@/components/ui/card";
import { CoverageBar } from "@/components/ui/coverage-bar";
import type { DepartmentDashboard } from "@/lib/department/queries";
import { formatDate } from "@/lib/format";

/** How many of the department's people each recent 谈话计划 has reached (counts only, no names). */
export function TalksSection({ d }: { d: DepartmentDashboard }) {
  return (
    <Card id="department-talks" title="谈话计划覆盖">
      {d.talks.length === 0 ? (
        <EmptyState
          title="近期没有涉及本部门人员的谈话计划"
          hint="政治处创建谈话计划后，这里显示进行中和近 90 天结束的计划对本部门人员的覆盖"
        />
      ) : (
        <ul className="space-y-4">
          {d.talks.map((c) => (
            <li key={c.id}>
              <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span className="font-medium">
                  {d.may.manageCampaigns ? (
                    <Link
                      href={`/talks/campaigns/${c.id}`}
                      className="text-brand-700 hover:underline"
                    >
                      {c.title}
                    </Link>
                  ) : (
                    c.title
                  )}{" "}
                  {c.open ? <Badge tone="green">进行中</Badge> : <Badge>已结束</Badge>}
                </span>
                <span className="text-slate-600 tabular-nums">
                  本部门 {c.covered}/{c.members} 人 · {c.percent}%
                </span>
              </div>
              <CoverageBar percent={c.percent} label={`${c.title}本部门覆盖率 ${c.percent}%`} />
              <p className="mt-1 text-xs text-slate-500">
                {formatDate(c.startsOn)} 至 {formatDate(c.endsOn)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
