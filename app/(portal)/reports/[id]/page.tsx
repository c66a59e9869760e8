import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ConcernKinds } from "@/components/reports/concern-kinds";
import { ReviewPanel } from "@/components/reports/review-panel";
import { REPORT_STATUS_TONES } from "@/components/reports/tones";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { STATUS_LABELS as FOLLOW_UP_LABELS } from "@/lib/follow-ups/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { submitReport } from "@/lib/reports/actions";
import { auditReportNotFound, concernKinds, getReport, readConcerns } from "@/lib/reports/queries";
import {
  CONCERN_KIND_LABELS,
  MOOD_LABELS,
  REPORT_STATUS_LABELS,
  STABILITY_LABELS,
} from "@/lib/reports/schemas";
import { nextReportStatus } from "@/lib/reports/state";
import { requestMeta } from "@/lib/request";

export const metadata: Metadata = { title: "思想动态报告" };

const EVENT_LABELS: Record<string, string> = {
  CREATED: "起草",
  SUBMITTED: "提交",
  RETURNED: "退回",
  REVIEWED: "审阅通过",
};

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission(
    ["report.readAll", "report.readSummary", "report.readDepartment"],
    "/reports/[id]",
  );
  const report = await getReport(user, id);
  const { ip } = await requestMeta();
  if (!report) {
    await auditReportNotFound(user, id, ip);
    notFound();
  }
  // null: a summary reader (report.readSummary), who gets the kinds and counts only.
  const concerns = await readConcerns(user, id, ip);
  const kinds = concerns ? null : await concernKinds(user, id);
  const own = report.departmentId === user.departmentId;
  const liaisonCanAct = own && can(user.roles, "report.submit");
  const headCanReview =
    own && can(user.roles, "report.review") && nextReportStatus(report.status, "review");
  const title =
    report.kind === "ADHOC" ? `即时报告：${report.title}` : `${report.period?.label}思想动态报告`;
  return (
    <>
      <PageHeader
        title={title}
        description={`${report.department.name} · 信息员 ${report.author.realName}${report.period ? ` · 截止 ${formatDate(report.period.dueAt)}` : ""}`}
        actions={
          liaisonCanAct && nextReportStatus(report.status, "edit") ? (
            <div className="flex flex-wrap items-start gap-2">
              <Link href={`/reports/${report.id}/edit`} className={buttonClass.secondary}>
                修改
              </Link>
              <ActionButton
                action={submitReport}
                fields={{ id: report.id }}
                label="提交审阅"
                variant="primary"
                confirm="提交后不能再修改（除非被退回）。确认提交？"
              />
            </div>
          ) : null
        }
      />
      {concerns && report.status === "RETURNED" && report.returnComment ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          已退回：{report.returnComment}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="报告内容" className="lg:col-span-2">
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-slate-500">状态</dt>
              <dd className="mt-1">
                <StatusBadge
                  status={report.status}
                  labels={REPORT_STATUS_LABELS}
                  tones={REPORT_STATUS_TONES}
                />
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">整体情绪</dt>
              <dd className="mt-1 font-medium">
                {report.mood} / 5（{MOOD_LABELS[report.mood]}）
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">稳定性</dt>
              <dd className="mt-1 font-medium">
                {STABILITY_LABELS[report.stability as keyof typeof STABILITY_LABELS]}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">提交时间</dt>
              <dd className="mt-1 text-xs">{formatDateTime(report.submittedAt)}</dd>
            </div>
          </dl>
          <div className="mt-4">
            <h3 className="text-sm font-medium text-slate-500">热点话题</h3>
            <p className="mt-1 flex flex-wrap gap-1">
              {report.topics.length ? (
                report.topics.map((t) => (
                  <Badge key={t.topic.id} tone="blue">
                    {t.topic.name}
                  </Badge>
                ))
              ) : (
                <span className="text-sm text-slate-500">无</span>
              )}
            </p>
          </div>
          <div className="mt-4">
            <h3 className="text-sm font-medium text-slate-500">情况综述</h3>
            <p className="mt-1 text-sm leading-6 whitespace-pre-wrap">{report.summary}</p>
          </div>
        </Card>
        <Card title="流转记录">
          <ol className="space-y-2 text-sm">
            {report.events.map((ev) => (
              <li key={ev.id} className="border-l-2 border-slate-200 pl-3">
                <p>
                  <span className="font-medium">{EVENT_LABELS[ev.action] ?? ev.action}</span> ·{" "}
                  {ev.actor.realName}
                </p>
                <p className="text-xs text-slate-500">{formatDateTime(ev.createdAt)}</p>
                {concerns && ev.comment ? (
                  <p className="mt-1 text-xs whitespace-pre-wrap text-slate-600">
                    意见：{ev.comment}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </Card>
      </div>
      <Card
        title={
          <>
            需关注人员 <Badge tone="amber">保密</Badge>
          </>
        }
        className="mt-4"
      >
        {kinds ? (
          <ConcernKinds kinds={kinds} />
        ) : !concerns || concerns.length === 0 ? (
          <p className="text-sm text-slate-500">本报告未列需关注人员。</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {concerns.map((c) => (
              <li key={c.id} className="py-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{c.person.realName}</span>
                  <span className="text-xs text-slate-500">{c.person.position}</span>
                  <Badge tone="amber">
                    {CONCERN_KIND_LABELS[c.kind as keyof typeof CONCERN_KIND_LABELS] ?? c.kind}
                  </Badge>
                  {c.followUp ? (
                    can(user.roles, "followup.manage") ? (
                      <Link
                        href={`/follow-ups/${c.followUp.id}`}
                        className="text-xs text-brand-700 hover:underline"
                      >
                        督办：
                        {FOLLOW_UP_LABELS[c.followUp.status as keyof typeof FOLLOW_UP_LABELS] ??
                          c.followUp.status}{" "}
                        →
                      </Link>
                    ) : (
                      <span className="text-xs text-slate-500">
                        已转政治处督办（
                        {FOLLOW_UP_LABELS[c.followUp.status as keyof typeof FOLLOW_UP_LABELS] ??
                          c.followUp.status}
                        ）
                      </span>
                    )
                  ) : null}
                </p>
                <p className="mt-1 whitespace-pre-wrap text-slate-700">{c.description}</p>
                <p className="mt-1 text-xs whitespace-pre-wrap text-slate-500">
                  建议：{c.suggestion}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {headCanReview ? (
        <Card title="部门负责人审阅" className="mt-4">
          <ReviewPanel id={report.id} />
        </Card>
      ) : null}
    </>
  );
}
