import Link from "next/link";

import { Badge, Card, EmptyState } from "@/components/ui/card";
import { CoverageBar } from "@/components/ui/coverage-bar";
import { campaignHref } from "@/lib/dashboard/links";
import type { Dashboard } from "@/lib/dashboard/queries";
import { formatDate } from "@/lib/format";

export function CampaignsSection({
  campaigns,
  linkable,
}: {
  campaigns: Dashboard["campaigns"];
  linkable: boolean;
}) {
  return (
    <Card title="谈话计划覆盖率">
      {campaigns.length === 0 ? (
        <EmptyState
          title="近期没有谈话计划"
          hint="政治处在“谈心谈话 · 谈话计划”中创建计划后，这里显示进行中和近 90 天结束的计划"
        />
      ) : (
        <ul className="space-y-4">
          {campaigns.map((c) => (
            <li key={c.id}>
              <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span className="font-medium">
                  {linkable ? (
                    <Link href={campaignHref(c.id)} className="text-brand-700 hover:underline">
                      {c.title}
                    </Link>
                  ) : (
                    c.title
                  )}{" "}
                  {c.open ? <Badge tone="green">进行中</Badge> : <Badge>已结束</Badge>}
                </span>
                {linkable ? (
                  <Link
                    href={campaignHref(c.id)}
                    prefetch={false}
                    className="text-brand-700 tabular-nums hover:underline"
                    aria-label={`${c.covered}/${c.members} 人 · ${c.percent}%，查看“${c.title}”覆盖情况`}
                  >
                    {c.covered}/{c.members} 人 · {c.percent}%
                  </Link>
                ) : (
                  <span className="text-slate-600 tabular-nums">
                    {c.covered}/{c.members} 人 · {c.percent}%
                  </span>
                )}
              </div>
              <CoverageBar percent={c.percent} label={`${c.title}覆盖率 ${c.percent}%`} />
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
