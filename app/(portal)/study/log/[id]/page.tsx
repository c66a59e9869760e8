import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { LogForm } from "@/components/study/log/log-form";
import { LOG_STATUS_TONES } from "@/components/study/tones";
import { Card, PageHeader } from "@/components/ui/card";
import { DeleteButton } from "@/components/ui/delete-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime, toDateInput } from "@/lib/format";
import { deleteStudyLog } from "@/lib/study/log/actions";
import { getMyLog } from "@/lib/study/log/queries";
import { EDITABLE_STATUSES, LOG_STATUS_LABELS, logKindLabel } from "@/lib/study/log/schemas";
import { formatTenths } from "@/lib/study/units";

export const metadata: Metadata = { title: "学习记录" };

export default async function StudyLogEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("study.log", "/study/log/[id]");
  const { id } = await params;
  const log = await getMyLog(user, id);
  if (!log) notFound();
  const editable = (EDITABLE_STATUSES as readonly string[]).includes(log.status);
  return (
    <>
      <PageHeader
        title={log.title}
        description={`${logKindLabel(log.kind)} · ${formatDate(log.studiedOn)} · ${formatTenths(log.tenths)} 小时`}
        actions={
          <Link href="/study/log" className="text-sm text-brand-700 hover:underline">
            返回学习日志
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-5">
        <Card title="审核情况" className="min-w-0 lg:col-span-2">
          <dl className="space-y-2 text-sm">
            <div className="flex gap-2">
              <dt className="text-slate-500">状态</dt>
              <dd>
                <StatusBadge
                  status={log.status}
                  labels={LOG_STATUS_LABELS}
                  tones={LOG_STATUS_TONES}
                />
              </dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-slate-500">提交时间</dt>
              <dd>{formatDateTime(log.createdAt)}</dd>
            </div>
            {log.reviewedAt ? (
              <div className="flex gap-2">
                <dt className="text-slate-500">审核</dt>
                <dd>
                  {log.reviewedBy?.realName ?? "—"} · {formatDateTime(log.reviewedAt)}
                </dd>
              </div>
            ) : null}
            {log.reviewComment ? (
              <div className="rounded-md bg-red-50 px-3 py-2">
                <dt className="text-xs text-red-800">
                  {log.status === "RETURNED" ? "退回意见" : "上次退回意见"}
                </dt>
                <dd className="mt-1 whitespace-pre-wrap text-slate-800">{log.reviewComment}</dd>
              </div>
            ) : null}
          </dl>
          {log.status === "APPROVED" ? (
            <p className="mt-3 text-sm text-slate-600">
              已通过审核，计入学习时长和积分，不能再修改或删除。
            </p>
          ) : null}
          {editable ? (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <p className="mb-2 text-sm text-slate-600">审核前或被退回后，可以修改或删除。</p>
              <DeleteButton
                action={deleteStudyLog}
                id={log.id}
                then="/study/log"
                confirm={`确定删除学习记录“${log.title}”吗？删除后不可恢复。`}
              />
            </div>
          ) : null}
        </Card>
        <Card
          title={
            editable ? (log.status === "RETURNED" ? "修改后重新提交" : "修改学习记录") : "学习体会"
          }
          className="min-w-0 lg:col-span-3"
        >
          {editable ? (
            <LogForm
              today={toDateInput(new Date())}
              entry={{
                id: log.id,
                kind: log.kind,
                title: log.title,
                studiedOn: toDateInput(log.studiedOn),
                hours: formatTenths(log.tenths),
                reflection: log.reflection,
              }}
            />
          ) : log.reflection ? (
            <p className="text-sm whitespace-pre-wrap text-slate-800">{log.reflection}</p>
          ) : (
            <p className="text-sm text-slate-500">未填写学习体会。</p>
          )}
        </Card>
      </div>
    </>
  );
}
