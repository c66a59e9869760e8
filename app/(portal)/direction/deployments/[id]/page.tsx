import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssignmentStatusBadge, GoalStatusBadge, MeetingTypeBadge } from "@/components/direction/badges";
import { DeploymentFollowUpForm } from "@/components/direction/follow-up-form";
import { ProgressBar } from "@/components/direction/progress-bar";
import { ProgressForm } from "@/components/direction/deployments/progress-form";
import { TextBlock } from "@/components/direction/text-block";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { openFollowUpFromDeployment, postDeploymentProgress } from "@/lib/direction/deployments/actions";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { STATUS_LABELS as FOLLOW_UP_STATUS_LABELS } from "@/lib/follow-ups/labels";
import { getDeployment } from "@/lib/direction/deployments/queries";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "部署事项" };

export default async function DeploymentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("direction.read", "/direction/deployments/[id]");
  const d = await getDeployment(id, user);
  if (!d) notFound();
  const manage = can(user.roles, "direction.manage");
  const followUp = can(user.roles, "followup.manage");
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/direction/deployments" className="text-brand-700 hover:underline">← {T.deployments}</Link></p>
      <PageHeader
        title={d.title}
        description={`${d.createdBy.realName} 于 ${formatDate(d.createdAt)} 下达 · 指派 ${d.summary.total} 个部门`}
        actions={manage ? <Link href={`/direction/deployments/${d.id}/edit`} className={buttonClass.secondary}>调整部署（责任人、截止日期）</Link> : null}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title="落实进度">
            <ProgressBar summary={d.summary} className="mb-4" />
            <ol className="space-y-4">
              {d.assignments.map((a) => (
                <li key={a.id} id={`a-${a.id}`} className={`rounded-md border p-3 ${a.overdue ? "border-red-300 bg-red-50/50" : "border-slate-200"}`}>
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <p className="font-semibold text-slate-900">{a.department}</p>
                      <p className="text-xs text-slate-500">
                        责任人 {a.owner.realName}{a.owner.position ? `（${a.owner.position}）` : ""}
                        {a.owner.status !== "ACTIVE" ? <span className="ml-1 text-red-600">账户已停用，请调整责任人</span> : null}
                        {" · "}
                        <span className={a.overdue ? "font-semibold text-red-700" : ""}>截止 {formatDate(a.dueDate)}</span>
                      </p>
                    </div>
                    <AssignmentStatusBadge status={a.status} overdue={a.overdue} />
                  </div>
                  {a.progress.length ? (
                    <ol className="mt-3 space-y-2 border-l-2 border-slate-200 pl-4" aria-label={`${a.department}进展`}>
                      {a.progress.map((p) => (
                        <li key={p.id} className="relative">
                          <span aria-hidden className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full border-2 border-white bg-slate-400" />
                          <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                            <span>{formatDateTime(p.createdAt)}</span><span>{p.author}</span><AssignmentStatusBadge status={p.status} />
                          </p>
                          <p className="mt-0.5 whitespace-pre-wrap break-words text-sm text-slate-800">{p.note}</p>
                        </li>
                      ))}
                    </ol>
                  ) : (
                    <p className="mt-2 text-sm text-slate-500">{T.noProgress}</p>
                  )}
                  {a.canPost ? (
                    <section className="mt-3 rounded-md border border-slate-200 bg-white p-3" aria-label={`报送${a.department}进展`}>
                      <h3 className="mb-2 text-sm font-semibold text-brand-700">报送本部门进展</h3>
                      <ProgressForm action={postDeploymentProgress} assignmentId={a.id} status={a.status} />
                    </section>
                  ) : null}
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="事项说明"><TextBlock text={d.description} empty="未填写说明" /></Card>
          <Card title="来源">
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="text-xs text-slate-500">年度目标</dt>
                <dd>{d.goal ? <span className="flex flex-wrap items-center gap-2"><Link href={`/direction?year=${d.goal.year}`} className="text-brand-700 hover:underline">{d.goal.year} 年：{d.goal.title}</Link><GoalStatusBadge status={d.goal.status} /></span> : "—"}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">会议决定</dt>
                <dd>{d.meeting ? <span className="flex flex-wrap items-center gap-2"><MeetingTypeBadge type={d.meeting.type} /><Link href={`/direction/meetings/${d.meeting.id}`} className="text-brand-700 hover:underline">{d.meeting.title}</Link><span className="text-xs text-slate-500">{formatDate(d.meeting.heldAt)}</span></span> : "—"}</dd>
              </div>
            </dl>
          </Card>
          {followUp ? (
            <Card title="督办">
              {d.followUps.length ? (
                <ul className="mb-3 space-y-1 text-sm">
                  {d.followUps.map((f) => (
                    <li key={f.id} className="flex flex-wrap items-center gap-2">
                      <Badge tone={f.status === "CLOSED" ? "gray" : "amber"}>{(FOLLOW_UP_STATUS_LABELS as Record<string, string>)[f.status] ?? f.status}</Badge>
                      <Link href={`/follow-ups/${f.id}`} className="text-brand-700 hover:underline">{f.title}</Link>
                    </li>
                  ))}
                </ul>
              ) : null}
              <DeploymentFollowUpForm
                action={openFollowUpFromDeployment}
                deploymentId={d.id}
                departments={d.assignments.map((a) => ({ id: a.departmentId, label: `${a.department}${a.overdue ? "（已逾期）" : ""}` }))}
              />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
