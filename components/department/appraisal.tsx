import Link from "next/link";

import { Badge, Card, EmptyState } from "@/components/ui/card";
import { CoverageBar } from "@/components/ui/coverage-bar";
import { CYCLE_STATE_LABELS, type CycleState } from "@/lib/appraisal/labels";
import type { DepartmentDashboard } from "@/lib/department/queries";
import { formatDate, percent } from "@/lib/format";

/** The department's sheets in the current appraisal cycle: fully scored out of all. */
export function AppraisalSection({ d }: { d: DepartmentDashboard }) {
  const a = d.appraisal;
  if (!a)
    return (
      <Card id="department-appraisal" title="绩效考评进度">
        <EmptyState
          title="还没有已启动的考评周期"
          hint="政治处启动考评周期后，这里显示本部门的打分进度"
        />
      </Card>
    );
  const p = percent(a.sheets.scored, a.sheets.total);
  return (
    <Card id="department-appraisal" title="绩效考评进度">
      <p className="mb-2 text-sm">
        <Link
          href={`/appraisal/${a.cycle.id}`}
          className="font-medium text-brand-700 hover:underline"
        >
          {a.cycle.title}
        </Link>{" "}
        <Badge tone="blue">
          {CYCLE_STATE_LABELS[a.cycle.status as CycleState] ?? a.cycle.status}
        </Badge>
        {a.cycle.scoringDueAt ? (
          <span className="ml-2 text-xs text-slate-500">
            打分截止 {formatDate(a.cycle.scoringDueAt)}
          </span>
        ) : null}
      </p>
      {a.sheets.total === 0 ? (
        <p className="text-sm text-slate-500">本周期没有本部门的考评表。</p>
      ) : (
        <>
          <div className="mb-1 flex justify-between text-sm">
            <span>考评表打分完成</span>
            <span className="tabular-nums">
              {a.sheets.scored}/{a.sheets.total} 张 · {p}%
            </span>
          </div>
          <CoverageBar percent={p} label={`本部门考评表打分完成 ${p}%`} />
          <p className="mt-1 text-xs text-slate-500">
            打分任务完成 {a.tasks.scored}/{a.tasks.total} 项（含民主测评）。
          </p>
        </>
      )}
    </Card>
  );
}
