import Link from "next/link";

import { IndexLineChart, type IndexMonth } from "@/components/charts/index-line-chart";
import { Card } from "@/components/ui/card";
import { milestonesWithin } from "@/lib/dashboard/milestones";
import type { Dashboard } from "@/lib/dashboard/queries";
import { monthLabel } from "@/lib/dates";

import { IndexTable } from "./index-table";

export function IndexSection({ d }: { d: Dashboard }) {
  const data: IndexMonth[] = d.months.map((m, i) => {
    const c = d.overall.cells[i];
    const complete = d.status[i].complete;
    return {
      month: m,
      label: monthLabel(m, true),
      value: c.kind === "value" ? c.index : null,
      complete,
      coverage: complete ? null : `已报 ${d.status[i].reported}/${d.status[i].expected} 个部门`,
    };
  });
  const pending = d.status.filter((s) => !s.complete);
  const milestones = milestonesWithin(d.months, d.milestones);
  return (
    <Card id="dashboard-index" title={`全院思想状况指数（近 ${d.months.length} 个月）`}>
      <IndexLineChart data={data} name="思想状况指数" chart="index" milestones={milestones} />
      <p className="mt-1 text-xs text-slate-500">
        指数 = 100 ×［0.6 ×（测评均分 − 1）/ 4 + 0.4 ×（报告情绪 − 1）/ 4］，只有一项时取该项；满分
        100。
        {pending.length
          ? ` ${pending.map((p) => `${monthLabel(p.month)}进行中（已报 ${p.reported}/${p.expected} 个部门）`).join("；")}：报告截止或报送达 80% 后才计入，已有数值以虚线空心点表示。`
          : ""}
        {milestones.length
          ? ` 黄色阴影为改革节点（${milestones.map((m) => `${monthLabel(m.from)}至${monthLabel(m.to)} ${m.label}`).join("；")}）。`
          : ""}
        {d.may.manageMilestones ? (
          <>
            {" "}
            <Link href="/dashboard/milestones" className="text-brand-700 underline">
              管理改革节点
            </Link>
          </>
        ) : null}
      </p>
      <IndexTable months={d.months} cells={d.overall.cells} status={d.status} />
    </Card>
  );
}
