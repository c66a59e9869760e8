import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { LogReviewPanel } from "@/components/study/log/log-review-panel";
import { LOG_STATUS_TONES } from "@/components/study/tones";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLogForReview } from "@/lib/study/log/queries";
import { LOG_STATUS_LABELS, logKindLabel } from "@/lib/study/log/schemas";
import { formatTenths } from "@/lib/study/units";

export const metadata: Metadata = { title: "审核学习日志" };

export default async function StudyReviewEntryPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const user = await requirePagePermission("study.log", "/study/review/[id]");
  const { id } = await params;
  const log = await getLogForReview(user, id);
  if (!log) notFound();
  const rows: [string, React.ReactNode][] = [
    [
      "干警",
      `${log.user.realName}（${log.user.department?.name ?? "未分配部门"}${log.user.position ? ` · ${log.user.position}` : ""}）`,
    ],
    ["学习类型", logKindLabel(log.kind)],
    ["学习日期", formatDate(log.studiedOn)],
    ["学习时长", `${formatTenths(log.tenths)} 小时`],
    [
      "提交时间",
      formatDateTime(
        log.updatedAt > log.createdAt && !log.reviewedAt ? log.updatedAt : log.createdAt,
      ),
    ],
    [
      "状态",
      <StatusBadge
        key="s"
        status={log.status}
        labels={LOG_STATUS_LABELS}
        tones={LOG_STATUS_TONES}
      />,
    ],
  ];
  return (
    <>
      <PageHeader
        title={log.title}
        description="审核学习日志"
        actions={
          <Link href="/study/review" className="text-sm text-brand-700 hover:underline">
            返回审核列表
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-5">
        <Card title="学习记录" className="min-w-0 lg:col-span-2">
          <dl className="space-y-2 text-sm">
            {rows.map(([k, v]) => (
              <div key={k} className="flex gap-3">
                <dt className="w-16 shrink-0 text-slate-500">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          {log.reviewComment ? (
            <div className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm">
              <p className="text-xs text-red-800">
                {log.status === "SUBMITTED" ? "上次退回意见（本人已修改后重新提交）" : "退回意见"}
              </p>
              <p className="mt-1 whitespace-pre-wrap text-slate-800">{log.reviewComment}</p>
            </div>
          ) : null}
          {log.reviewedAt ? (
            <p className="mt-3 text-xs text-slate-500">
              由 {log.reviewedBy?.realName ?? "—"} 于 {formatDateTime(log.reviewedAt)} 审核
            </p>
          ) : null}
        </Card>
        <Card title="学习体会" className="min-w-0 lg:col-span-3">
          {log.reflection ? (
            <p className="text-sm whitespace-pre-wrap text-slate-800">{log.reflection}</p>
          ) : (
            <p className="text-sm text-slate-500">未填写学习体会。</p>
          )}
        </Card>
      </div>
      {log.status === "SUBMITTED" ? (
        <Card title="审核" className="mt-4">
          <LogReviewPanel id={log.id} />
        </Card>
      ) : null}
    </>
  );
}
