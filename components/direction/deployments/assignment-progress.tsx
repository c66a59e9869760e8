// 落实进度 on a deployment's page: each department's assignment with its
// progress timeline, and the form for those who report on it.
import { Card } from "@/components/ui/card";
import { postDeploymentProgress } from "@/lib/direction/deployments/actions";
import type { getDeployment } from "@/lib/direction/deployments/queries";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { formatDate, formatDateTime } from "@/lib/format";

import { ProgressBar } from "../progress-bar";
import { AssignmentStatus } from "./assignment-status";
import { ProgressForm } from "./progress-form";

export type DeploymentDetail = NonNullable<Awaited<ReturnType<typeof getDeployment>>>;
type Assignment = DeploymentDetail["assignments"][number];

export function AssignmentProgress({ deployment: d }: { deployment: DeploymentDetail }) {
  return (
    <Card title="落实进度">
      <ProgressBar summary={d.summary} className="mb-4" />
      <ol className="space-y-4">
        {d.assignments.map((a) => (
          <AssignmentItem key={a.id} a={a} />
        ))}
      </ol>
    </Card>
  );
}

function AssignmentItem({ a }: { a: Assignment }) {
  return (
    <li
      id={`a-${a.id}`}
      className={`rounded-md border p-3 ${a.overdue ? "border-red-300 bg-red-50/50" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-semibold text-slate-900">{a.department}</p>
          <p className="text-xs text-slate-500">
            责任人 {a.owner.realName}
            {a.owner.position ? `（${a.owner.position}）` : ""}
            {a.owner.status !== "ACTIVE" ? (
              <span className="ml-1 text-red-600">账户已停用，请调整责任人</span>
            ) : null}
            {" · "}
            <span className={a.overdue ? "font-semibold text-red-700" : ""}>
              截止 {formatDate(a.dueDate)}
            </span>
          </p>
        </div>
        <AssignmentStatus status={a.status} overdue={a.overdue} />
      </div>
      {a.progress.length ? (
        <ol
          className="mt-3 space-y-2 border-l-2 border-slate-200 pl-4"
          aria-label={`${a.department}进展`}
        >
          {a.progress.map((p) => (
            <li key={p.id} className="relative">
              <span
                aria-hidden
                className="absolute top-1.5 -left-[1.4rem] h-2.5 w-2.5 rounded-full border-2 border-white bg-slate-400"
              />
              <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                <span>{formatDateTime(p.createdAt)}</span>
                <span>{p.author}</span>
                <AssignmentStatus status={p.status} />
              </p>
              <p className="mt-0.5 text-sm break-words whitespace-pre-wrap text-slate-800">
                {p.note}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-500">{T.noProgress}</p>
      )}
      {a.canPost ? (
        <section
          className="mt-3 rounded-md border border-slate-200 bg-white p-3"
          aria-label={`报送${a.department}进展`}
        >
          <h3 className="mb-2 text-sm font-semibold text-brand-700">报送本部门进展</h3>
          <ProgressForm action={postDeploymentProgress} assignmentId={a.id} status={a.status} />
        </section>
      ) : null}
    </li>
  );
}
