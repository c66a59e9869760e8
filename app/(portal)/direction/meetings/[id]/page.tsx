import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetingTypeBadge } from "@/components/direction/badges";
import { MeetingFollowUpForm } from "@/components/direction/follow-up-form";
import { ProgressBar } from "@/components/direction/progress-bar";
import { TextBlock } from "@/components/direction/text-block";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { openFollowUpFromMeeting } from "@/lib/direction/meetings/actions";
import { STATUS_LABELS as FOLLOW_UP_STATUS_LABELS } from "@/lib/follow-ups/labels";
import { getMeeting } from "@/lib/direction/meetings/queries";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "会议详情" };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("direction.read", "/direction/meetings/[id]");
  const m = await getMeeting(id, user);
  if (!m) notFound();
  const manage = can(user.roles, "direction.manage");
  const followUp = can(user.roles, "followup.manage");
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/direction/meetings" className="text-brand-700 hover:underline">← 会议纪要</Link></p>
      <PageHeader
        title={m.title}
        description={`${formatDate(m.heldAt)} · 参会 ${m.attendeeCount} 人 · 记录人 ${m.createdBy.realName}`}
        actions={
          manage ? (
            <div className="flex flex-wrap gap-2">
              <Link href={`/direction/meetings/${m.id}/edit`} className={buttonClass.secondary}>编辑会议</Link>
              <Link href={`/direction/deployments/new?meetingId=${m.id}`} className={buttonClass.primary}>据此新建部署事项</Link>
            </div>
          ) : null
        }
      />
      <div className="mb-4"><MeetingTypeBadge type={m.type} /></div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title="决定事项"><TextBlock text={m.decisions} empty="本次会议未录入决定事项" /></Card>
          <Card title="会议纪要"><TextBlock text={m.minutes} empty="未录入会议纪要" /></Card>
          <Card title="据此部署的事项">
            {m.deployments.length ? (
              <ul className="divide-y divide-slate-100">
                {m.deployments.map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <Link href={`/direction/deployments/${d.id}`} className="font-medium hover:text-brand-700 hover:underline">{d.title}</Link>
                    <ProgressBar summary={d.summary} className="w-full sm:w-64" />
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title="尚未据此会议部署事项" hint={manage ? "点击右上角“据此新建部署事项”，把决定分解到部门，指定责任人和截止日期" : "会议决定分解到部门后会显示在这里"} />
            )}
          </Card>
        </div>
        <div className="space-y-4">
          <Card title={`参会人员（${m.attendeeCount} 人）`}>
            {m.attendeeGroups.length ? (
              m.attendeeCount > 40 ? (
                // A 全院 meeting: departments folded, names on demand.
                <ul className="space-y-1 text-sm">
                  {m.attendeeGroups.map((g) => (
                    <li key={g.name}>
                      <details>
                        <summary className="cursor-pointer text-slate-700">{g.name}（{g.people.length}）</summary>
                        <p className="mt-1 pl-4 text-slate-600">{g.people.map((p) => p.realName).join("、")}</p>
                      </details>
                    </li>
                  ))}
                </ul>
              ) : (
                <dl className="space-y-2 text-sm">
                  {m.attendeeGroups.map((g) => (
                    <div key={g.name}>
                      <dt className="text-xs font-semibold text-slate-500">{g.name}（{g.people.length}）</dt>
                      <dd className="text-slate-700">{g.people.map((p) => p.realName).join("、")}</dd>
                    </div>
                  ))}
                </dl>
              )
            ) : (
              <EmptyState title="未登记参会人员" hint={manage ? "点击“编辑会议”按部门勾选参会人员" : undefined} />
            )}
          </Card>
          {followUp ? (
            <Card title="督办">
              {m.followUps.length ? (
                <ul className="mb-3 space-y-1 text-sm">
                  {m.followUps.map((f) => (
                    <li key={f.id} className="flex flex-wrap items-center gap-2">
                      <Badge tone={f.status === "CLOSED" ? "gray" : "amber"}>{(FOLLOW_UP_STATUS_LABELS as Record<string, string>)[f.status] ?? f.status}</Badge>
                      <Link href={`/follow-ups/${f.id}`} className="text-brand-700 hover:underline">{f.title}</Link>
                    </li>
                  ))}
                </ul>
              ) : null}
              <MeetingFollowUpForm action={openFollowUpFromMeeting} meetingId={m.id} defaultTitle={`落实会议决定：${m.title}`.slice(0, 120)} />
            </Card>
          ) : null}
          <p className="text-xs text-slate-400">最后修改 {formatDateTime(m.updatedAt)}</p>
        </div>
      </div>
    </>
  );
}
