import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ActionButton } from "@/components/ui/action-button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { requestMeta } from "@/lib/request";
import { openTalkFollowUp } from "@/lib/talks/actions";
import { talkOccasionLabel } from "@/lib/talks/labels";
import { readTalk } from "@/lib/talks/queries";

export const metadata: Metadata = { title: "谈心谈话记录" };

export default async function TalkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("talk.record", "/talks/[id]");
  const t = await readTalk(user, id, (await requestMeta()).ip);
  if (!t) notFound();
  return (
    <>
      <PageHeader
        title={`谈心谈话：${t.interviewee.realName}`}
        description={`${t.interviewee.department?.name ?? "未分配部门"} · ${formatDate(t.heldOn)} · ${talkOccasionLabel(t.occasion)}`}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card
          title={
            <>
              谈话内容 <Badge tone="amber">保密</Badge>
            </>
          }
          className="lg:col-span-2"
        >
          <dl className="mb-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-500">谈话对象</dt>
              <dd className="mt-1 font-medium">
                {t.interviewee.realName}
                {t.interviewee.position ? `（${t.interviewee.position}）` : ""}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">谈话人</dt>
              <dd className="mt-1">{t.interviewer.realName}</dd>
            </div>
            <div>
              <dt className="text-slate-500">谈话日期</dt>
              <dd className="mt-1">{formatDate(t.heldOn)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">类型</dt>
              <dd className="mt-1">{talkOccasionLabel(t.occasion)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">主题</dt>
              <dd className="mt-1">{t.topics ? t.topics.split(",").join("、") : "—"}</dd>
            </div>
            <div>
              <dt className="text-slate-500">谈话计划</dt>
              <dd className="mt-1">{t.campaign?.title ?? "—"}</dd>
            </div>
          </dl>
          <h3 className="mb-1 text-sm font-medium text-slate-700">谈话内容</h3>
          <p className="text-sm leading-6 whitespace-pre-wrap">{t.notes}</p>
          {t.concerns ? (
            <>
              <h3 className="mt-4 mb-1 text-sm font-medium text-slate-700">反映的问题与诉求</h3>
              <p className="text-sm leading-6 whitespace-pre-wrap">{t.concerns}</p>
            </>
          ) : null}
          <p className="mt-4 text-xs text-slate-500">
            由 {t.createdBy.realName} 记录于 {formatDateTime(t.createdAt)}
          </p>
        </Card>
        <Card title="后续跟进">
          {t.followUpId ? (
            <p className="text-sm">
              已发起督办事项。
              {can(user.roles, "followup.work") ? (
                <Link
                  href={`/follow-ups/${t.followUpId}`}
                  className="text-brand-700 hover:underline"
                >
                  查看督办事项
                </Link>
              ) : null}
            </p>
          ) : (
            <div className="space-y-3 text-sm">
              <p>
                {t.needsFollowUp ? (
                  <Badge tone="amber">谈话人标记：需要后续跟进</Badge>
                ) : (
                  "谈话人未标记需要跟进。"
                )}
              </p>
              {can(user.roles, "followup.manage") ? (
                <ActionButton
                  action={openTalkFollowUp}
                  fields={{ id: t.id }}
                  label="发起后续跟进"
                  confirm="将在督办台账中新建一项“谈心谈话后续跟进”，标题不含谈话内容。确定吗？"
                />
              ) : (
                <p className="text-slate-500">如需督办，请联系政治处发起。</p>
              )}
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
