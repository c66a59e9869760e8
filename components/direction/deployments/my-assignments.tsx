// "我部门的部署事项": the assignments the viewer reports on, each with a form
// to post progress. Only rendered for those who may post (deployment.progress).
import Link from "next/link";

import { EmptyState } from "@/components/ui/card";
import { postDeploymentProgress } from "@/lib/direction/deployments/actions";
import { DIRECTION_TEXT } from "@/lib/direction/labels";
import { formatDate, formatDateTime } from "@/lib/format";

import { AssignmentStatus } from "./assignment-status";
import { ProgressForm } from "./progress-form";

type Item = {
  id: string;
  deploymentId: string;
  title: string;
  department: string;
  owner: string;
  dueDate: Date;
  status: string;
  overdue: boolean;
  latest: { note: string; createdAt: Date; author: string } | null;
};

export function MyAssignments({ active, done }: { active: Item[]; done: Item[] }) {
  if (active.length === 0 && done.length === 0)
    return <EmptyState title={DIRECTION_TEXT.noMine} hint={DIRECTION_TEXT.noMineHint} />;
  return (
    <div className="space-y-3">
      {active.length === 0 ? (
        <p className="text-sm text-slate-600">本部门的部署事项均已完成。</p>
      ) : null}
      <ul className="space-y-3">
        {active.map((a) => (
          <li
            key={a.id}
            className={`rounded-md border p-3 ${a.overdue ? "border-red-300 bg-red-50/50" : "border-slate-200"}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <Link
                  href={`/direction/deployments/${a.deploymentId}`}
                  className="font-medium hover:text-brand-700 hover:underline"
                >
                  {a.title}
                </Link>
                <p className="mt-0.5 text-xs text-slate-500">
                  {a.department} · 责任人 {a.owner} ·{" "}
                  <span className={a.overdue ? "font-semibold text-red-700" : ""}>
                    截止 {formatDate(a.dueDate)}
                  </span>
                </p>
              </div>
              <AssignmentStatus status={a.status} overdue={a.overdue} />
            </div>
            {a.latest ? (
              <p className="mt-2 line-clamp-2 text-xs whitespace-pre-wrap text-slate-600">
                最近进展（{a.latest.author}，{formatDateTime(a.latest.createdAt)}）：{a.latest.note}
              </p>
            ) : (
              <p className="mt-2 text-xs text-slate-500">{DIRECTION_TEXT.noProgress}</p>
            )}
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">
                报送进展
              </summary>
              <div className="mt-2">
                <ProgressForm
                  action={postDeploymentProgress}
                  assignmentId={a.id}
                  status={a.status}
                />
              </div>
            </details>
          </li>
        ))}
      </ul>
      {done.length ? (
        <div>
          <p className="mb-1 text-xs font-semibold text-slate-500">最近完成</p>
          <ul className="space-y-1 text-sm">
            {done.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-2">
                <AssignmentStatus status={a.status} />
                <Link href={`/direction/deployments/${a.deploymentId}`} className="hover:underline">
                  {a.title}
                </Link>
                <span className="text-xs text-slate-500">{a.department}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
