import { Card } from "@/components/ui/card";
import { milestonesWithin } from "@/lib/dashboard/milestones";
import type { Dashboard } from "@/lib/dashboard/queries";
import { monthLabel } from "@/lib/dates";

import { IndexChart } from "./index-chart";
import { IndexTable } from "./index-table";

export function IndexSection({ d }: { d: Dashboard }) {
  const data = d.months.map((m, i) => {
    const c = d.overall.cells[i];
    return { month: m, label: monthLabel(m, true), index: c.kind === "value" ? c.index : null };
  });
  const milestones = milestonesWithin(d.months, d.milestones);
  return (
    <Card id="dashboard-index" title={`全院思想状况指数（近 ${d.months.length} 个月）`}>
      <IndexChart data={data} milestones={milestones} />
      <p className="mt-1 text-xs text-slate-500">
        指数 = 100 ×［0.6 ×（测评均分 − 1）/ 4 + 0.4 ×（报告情绪 − 1）/ 4］，只有一项时取该项；满分
        100。
        {milestones.length
          ? ` 黄色阴影为改革节点（${milestones.map((m) => `${monthLabel(m.from)}至${monthLabel(m.to)} ${m.label}`).join("；")}）。`
          : ""}
      </p>
      <IndexTable months={d.months} cells={d.overall.cells} />
    </Card>
  );
}
