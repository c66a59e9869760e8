import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AnswerForm } from "@/components/consult/answer-form";
import { ChannelText, SlaBadge, TagBadges } from "@/components/consult/labels";
import { PublishForm } from "@/components/consult/publish-form";
import { CONSULT_STATUS_TONES } from "@/components/consult/tones";
import { ActionButton } from "@/components/ui/action-button";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { openConsultationFollowUp } from "@/lib/consult/actions";
import { getConsultation } from "@/lib/consult/queries";
import { STATUS_LABELS } from "@/lib/consult/schemas";
import { STATUS_LABELS as FOLLOW_UP_STATUS, STATUS_TONES } from "@/lib/follow-ups/labels";
import { followUpOfSource } from "@/lib/follow-ups/queries";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "改革咨询" };

export default async function ConsultationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("consult.ask", "/consult/[id]");
  const c = await getConsultation(user, id);
  if (!c) notFound();
  const canAnswer = can(user.roles, "consult.answer");
  const followUp = canAnswer ? await followUpOfSource("CONSULTATION", c.id) : null;
  const now = new Date();
  return (
    <>
      <PageHeader
        title="改革咨询详情"
        description={
          canAnswer
            ? `${c.asker.realName}${c.asker.department ? ` · ${c.asker.department.name}` : ""}`
            : undefined
        }
        actions={
          <Link href="/consult" className="text-sm text-brand-700 hover:underline">
            返回咨询列表
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="咨询内容" className="lg:col-span-2">
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-slate-500">状态</dt>
              <dd className="mt-1">
                <StatusBadge
                  status={c.status}
                  labels={STATUS_LABELS}
                  tones={CONSULT_STATUS_TONES}
                />
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">渠道</dt>
              <dd className="mt-1">
                <ChannelText channel={c.channel} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">咨询时间</dt>
              <dd className="mt-1 text-xs">{formatDateTime(c.askedAt)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">时效</dt>
              <dd className="mt-1">
                <SlaBadge askedAt={c.askedAt} answeredAt={c.answeredAt} now={now} />
              </dd>
            </div>
          </dl>
          <div className="mt-3">
            <TagBadges tags={c.tags.map((t) => t.tag)} />
          </div>
          <p className="mt-3 text-sm leading-6 whitespace-pre-wrap">{c.question}</p>
          {c.loggedBy && canAnswer ? (
            <p className="mt-2 text-xs text-slate-500">由 {c.loggedBy.realName} 代为登记</p>
          ) : null}
        </Card>
        <Card title="政治处答复">
          {c.answer ? (
            <>
              <p className="text-xs text-slate-500">
                {c.answeredBy?.realName ?? "政治处"} · {formatDateTime(c.answeredAt)}
              </p>
              <p className="mt-2 text-sm leading-6 whitespace-pre-wrap">{c.answer}</p>
            </>
          ) : canAnswer ? (
            <AnswerForm id={c.id} />
          ) : (
            <p className="text-sm text-slate-500">政治处将在 24 小时内答复，答复后您会收到通知。</p>
          )}
        </Card>
      </div>
      {canAnswer ? (
        <Card title="督办" className="mt-4">
          {followUp ? (
            <p className="flex items-center gap-2 text-sm text-slate-700">
              已转督办
              <StatusBadge
                status={followUp.status}
                labels={FOLLOW_UP_STATUS}
                tones={STATUS_TONES}
              />
              <Link href={`/follow-ups/${followUp.id}`} className="text-brand-700 hover:underline">
                查看督办事项
              </Link>
            </p>
          ) : (
            <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
              <span>咨询反映的问题需要相关部门落实的，可转督办跟踪办结。</span>
              <ActionButton
                action={openConsultationFollowUp}
                fields={{ id: c.id }}
                label="转督办"
                confirm="将在督办台新建一项督办（标题只含咨询主题，不含咨询内容）。确认？"
                successText="已转督办"
              />
            </div>
          )}
        </Card>
      ) : null}
      {canAnswer && c.status === "ANSWERED" ? (
        <Card title="发布到政策解读（匿名）" className="mt-4">
          {c.faq ? (
            <p className="text-sm text-slate-600">
              已于 {formatDateTime(c.faq.publishedAt)} 发布。
              <Link href="/consult/faq" className="ml-2 text-brand-700 hover:underline">
                查看政策解读
              </Link>
            </p>
          ) : (
            <PublishForm consultationId={c.id} question={c.question} answer={c.answer ?? ""} />
          )}
        </Card>
      ) : null}
    </>
  );
}
