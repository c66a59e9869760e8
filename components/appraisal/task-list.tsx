import { Badge, EmptyState } from "@/components/ui/card";
import { CATEGORY_LABELS, type Category } from "@/lib/appraisal/labels";
import type { MyTask } from "@/lib/appraisal/queries";
import { formatDate } from "@/lib/format";
import { centiToInput } from "@/lib/scores";

import { TaskForm } from "./task-form";

/** A scorer's tasks, one form each, with who and what is scored. */
export function TaskList({
  tasks,
  peer,
  readOnly,
  now,
}: {
  tasks: MyTask[];
  peer: boolean;
  readOnly: boolean;
  now: Date;
}) {
  if (tasks.length === 0) return <EmptyState title="没有分配给您的评分任务" />;
  return (
    <ul className="divide-y divide-slate-100">
      {tasks.map((t) => (
        <li key={t.id} className="space-y-2 py-4">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium text-slate-900">{t.sheet.subjectName}</span>
            {t.sheet.subjectType === "PERSON" ? (
              <span className="text-slate-500">{t.sheet.departmentName}</span>
            ) : (
              <Badge>部门</Badge>
            )}
            <span className="text-slate-500">·</span>
            <span>
              {CATEGORY_LABELS[t.indicator.category.category as Category]} / {t.indicator.name}
            </span>
            {t.scoredAt ? (
              <Badge tone="green">已评 {formatDate(t.scoredAt)}</Badge>
            ) : t.dueAt && t.dueAt < now ? (
              <Badge tone="red">已逾期</Badge>
            ) : (
              <Badge tone="blue">待评</Badge>
            )}
          </div>
          {t.indicator.description ? (
            <p className="text-xs text-slate-500">{t.indicator.description}</p>
          ) : null}
          <TaskForm
            subject={`${t.sheet.subjectName}·${t.indicator.name}`}
            peer={peer}
            readOnly={readOnly}
            values={{
              sheetId: t.sheet.id,
              indicatorId: t.indicator.id,
              score: centiToInput(t.centi),
              reason: t.reason ?? "",
              notApplicable: t.notApplicable,
            }}
          />
        </li>
      ))}
    </ul>
  );
}
