import Link from "next/link";

import { ActionButton } from "@/components/ui/action-button";
import { Badge, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime, formatDuration } from "@/lib/format";
import { urgeReport } from "@/lib/reports/urge";
import type { WorkItem } from "@/lib/work-items";
import { WORK_KIND_LABELS } from "@/lib/workbench/queries";

/** The deadline in words: how far past it, or how long is left. */
function DueCell({ due, now }: { due: Date | null; now: Date }) {
  if (!due) return <span className="text-slate-500">—</span>;
  const left = due.getTime() - now.getTime();
  return (
    <span className="whitespace-nowrap">
      {left < 0 ? (
        <Badge tone="red">已超期 {formatDuration(-left)}</Badge>
      ) : (
        <Badge tone={left < 24 * 3600_000 ? "amber" : "gray"}>剩余 {formatDuration(left)}</Badge>
      )}
      <span className="mt-0.5 block text-xs text-slate-500">{formatDateTime(due)}</span>
    </span>
  );
}

/** Everything waiting on 政治处, most urgent first, each with its age, deadline and next step. */
export function WorkQueue({ queue, now }: { queue: WorkItem[]; now: Date }) {
  if (queue.length === 0)
    return <EmptyState title="工作台已清空" hint="目前没有等待政治处处理的事项。" />;
  return (
    <Table caption="待办队列（按紧急程度排序）">
      <thead>
        <tr>
          <Th>类别</Th>
          <Th>事项</Th>
          <Th>已等待</Th>
          <Th>期限</Th>
          <Th>操作</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {queue.map((w) => (
          <tr key={w.key}>
            <Td className="text-xs whitespace-nowrap text-slate-600">{WORK_KIND_LABELS[w.kind]}</Td>
            <Td>
              <Link
                href={w.href}
                prefetch={false}
                className="font-medium text-brand-700 hover:underline"
              >
                {w.title}
              </Link>
              {w.note ? (
                <span className="mt-0.5 block text-xs text-slate-500">{w.note}</span>
              ) : null}
            </Td>
            <Td className="whitespace-nowrap tabular-nums">
              {formatDuration(now.getTime() - w.since.getTime())}
            </Td>
            <Td>
              <DueCell due={w.due} now={now} />
            </Td>
            <Td>
              {w.urge ? (
                w.urge.sentToday ? (
                  <span className="text-xs text-slate-500">今日已催报</span>
                ) : (
                  <ActionButton
                    action={urgeReport}
                    fields={{ departmentId: w.urge.departmentId, periodKey: w.urge.periodKey }}
                    label="催报"
                    confirm="将通知该部门信息员尽快填报（每个部门每期每天最多催报一次）。确认催报？"
                    successText="已催报"
                  />
                )
              ) : (
                <Link
                  href={w.href}
                  prefetch={false}
                  className="text-sm text-brand-700 hover:underline"
                >
                  去处理
                </Link>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
