import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { MeetingFollowUpForm } from "@/components/direction/follow-up-form";
import { LinkedFollowUps } from "@/components/direction/linked-follow-ups";
import {
  MeetingAttendees,
  MeetingDeployments,
} from "@/components/direction/meetings/meeting-sections";
import { TextBlock } from "@/components/direction/text-block";
import { MEETING_TYPE_TONES } from "@/components/direction/tones";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { reportOfMeeting } from "@/lib/analysis-report/queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { MEETING_TYPE_LABELS } from "@/lib/direction/labels";
import { openFollowUpFromMeeting } from "@/lib/direction/meetings/actions";
import { getMeeting } from "@/lib/direction/meetings/queries";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "会议详情" };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("direction.read", "/direction/meetings/[id]");
  const m = await getMeeting(id, user);
  if (!m) notFound();
  const manage = can(user.roles, "direction.manage");
  const analysis = m.type === "FENXI" ? await reportOfMeeting(user, m.id) : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/direction/meetings" className="text-brand-700 hover:underline">
          ← 会议纪要
        </Link>
      </p>
      <PageHeader
        title={m.title}
        description={`${formatDate(m.heldAt)} · 参会 ${m.attendeeCount} 人 · 记录人 ${m.createdBy.realName}`}
        actions={
          manage ? (
            <div className="flex flex-wrap gap-2">
              <Link href={`/direction/meetings/${m.id}/edit`} className={buttonClass.secondary}>
                编辑会议
              </Link>
              <Link
                href={`/direction/deployments/new?meetingId=${m.id}`}
                className={buttonClass.primary}
              >
                据此新建部署事项
              </Link>
            </div>
          ) : null
        }
      />
      <div className="mb-4">
        <StatusBadge status={m.type} labels={MEETING_TYPE_LABELS} tones={MEETING_TYPE_TONES} />
        {analysis ? (
          <Link
            href={`/analysis-reports/${analysis.id}`}
            className="ml-3 text-sm text-brand-700 hover:underline"
          >
            研究的报告：{analysis.label}干警思想状况分析报告
            {analysis.number ? `（${analysis.number}）` : ""}
          </Link>
        ) : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title="决定事项">
            <TextBlock text={m.decisions} empty="本次会议未录入决定事项" />
          </Card>
          <Card title="会议纪要">
            <TextBlock text={m.minutes} empty="未录入会议纪要" />
          </Card>
          <MeetingDeployments deployments={m.deployments} manage={manage} />
        </div>
        <div className="space-y-4">
          <MeetingAttendees count={m.attendeeCount} groups={m.attendeeGroups} manage={manage} />
          {can(user.roles, "followup.manage") ? (
            <LinkedFollowUps followUps={m.followUps}>
              <MeetingFollowUpForm
                action={openFollowUpFromMeeting}
                meetingId={m.id}
                defaultTitle={`落实会议决定：${m.title}`.slice(0, 120)}
              />
            </LinkedFollowUps>
          ) : null}
          <p className="text-xs text-slate-500">最后修改 {formatDateTime(m.updatedAt)}</p>
        </div>
      </div>
    </>
  );
}
