import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { OverdueBadge, PriorityBadge, sourceLabel } from "@/components/follow-ups/badges";
import { FollowUpActions } from "@/components/follow-ups/follow-up-actions";
import { Timeline } from "@/components/follow-ups/timeline";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { auditRead } from "@/lib/audit/read";
import { requirePagePermission } from "@/lib/auth/session";
import { readsAllFollowUps } from "@/lib/follow-ups/access";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/follow-ups/labels";
import { daysOverdue } from "@/lib/follow-ups/overdue";
import { getFollowUpDetail, listAssigneeOptions } from "@/lib/follow-ups/queries";
import { shanghaiToday } from "@/lib/follow-ups/schemas";
import { formatDate, formatDateTime, toDateInput } from "@/lib/format";

export const metadata: Metadata = { title: "督办详情" };

export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("followup.work", "/follow-ups/[id]");
  const now = new Date();
  const f = await getFollowUpDetail(user, id, now);
  // Its timeline notes may concern a person, a letter or a talk (docs/security.md item 21).
  await auditRead(user, {
    action: "followup.read",
    objectType: "FollowUp",
    objectId: id,
    found: !!f,
    detail: f ? { source: f.sourceType } : null,
  });
  if (!f) notFound();
  const assignees = f.events.includes("ASSIGN") ? await listAssigneeOptions(f.id) : [];
  const late = daysOverdue(f, now);
  return (
    <>
      <PageHeader
        title={f.title}
        actions={
          <Link href="/follow-ups" className="text-sm text-brand-700 hover:underline">
            {readsAllFollowUps(user) ? "返回督办事项" : "返回我的督办"}
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title="基本情况">
            <p className="mb-3 flex flex-wrap gap-1">
              <StatusBadge status={f.status} labels={STATUS_LABELS} tones={STATUS_TONES} />
              <OverdueBadge overdue={f.overdue} />
              <PriorityBadge priority={f.priority} />
              {f.confidential ? (
                <span className="text-xs text-slate-500">涉及关注人员，内容保密，查阅已记录</span>
              ) : null}
            </p>
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
              <Item label="来源">
                {sourceLabel(f.sourceType)}
                {f.sourceLink ? (
                  <>
                    {" "}
                    ·{" "}
                    <Link href={f.sourceLink.href} className="text-brand-700 hover:underline">
                      {f.sourceLink.label}
                    </Link>
                  </>
                ) : null}
              </Item>
              <Item label="涉及部门">{f.department?.name ?? "—"}</Item>
              <Item label="承办人">
                {f.assignee ? (
                  `${f.assignee.realName}（${f.assignee.department ?? "未分配部门"}${f.assignee.position ? ` · ${f.assignee.position}` : ""}）`
                ) : (
                  <span className="text-amber-700">待分派</span>
                )}
              </Item>
              <Item label="办结期限">
                <span className={f.overdue ? "font-medium text-red-700" : undefined}>
                  {formatDate(f.dueDate)}
                </span>
                {late ? <span className="text-red-700">（已逾期 {late} 天）</span> : null}
              </Item>
              <Item label="立项">
                {formatDateTime(f.createdAt)}
                {f.createdBy ? ` · ${f.createdBy}` : ""}
              </Item>
              {f.resolvedAt ? <Item label="办结时间">{formatDateTime(f.resolvedAt)}</Item> : null}
              {f.closedAt ? <Item label="核销时间">{formatDateTime(f.closedAt)}</Item> : null}
            </dl>
          </Card>
          <Card title="办理过程">
            {f.detail ? null : (
              <p className="mb-3 text-xs text-slate-500">
                办理过程中的说明属保密内容，仅政治处和承办人可见；这里只列出各环节的时间。
              </p>
            )}
            <Timeline items={f.timeline} />
          </Card>
        </div>
        <div className="space-y-4">
          {/* A reader of facts only (followup.readAll) gets no controls at all. */}
          {f.detail ? (
            <FollowUpActions
              id={f.id}
              events={f.events}
              status={f.status}
              current={{
                assigneeId: f.assignee?.id ?? null,
                dueDate: toDateInput(f.dueDate),
                priority: f.priority,
              }}
              assignees={assignees}
              today={shanghaiToday(now)}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-slate-800">{children}</dd>
    </div>
  );
}
