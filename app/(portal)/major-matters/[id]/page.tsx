import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AckForm } from "@/components/major-matters/ack-form";
import { MATTER_STATUS_TONES } from "@/components/major-matters/tones";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { MATTER_STATUS_LABELS, matterCategoryLabel } from "@/lib/major-matters/labels";
import { readMatter } from "@/lib/major-matters/queries";
import { requestMeta } from "@/lib/request";

export const metadata: Metadata = { title: "个人重大事项报告" };

export default async function MatterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission(
    ["majorMatter.file", "majorMatter.acknowledge"],
    "/major-matters/[id]",
  );
  const m = await readMatter(user, id, (await requestMeta()).ip);
  if (!m) notFound();
  return (
    <>
      <PageHeader
        title={`个人重大事项报告：${matterCategoryLabel(m.category)}`}
        description={`${m.user.realName}${m.user.department ? ` · ${m.user.department.name}` : ""} · 报告于 ${formatDateTime(m.createdAt)}`}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card
          title={
            <>
              报告内容 <Badge tone="amber">保密</Badge>
            </>
          }
          className="lg:col-span-2"
        >
          <dl className="mb-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-500">类别</dt>
              <dd className="mt-1 font-medium">{matterCategoryLabel(m.category)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">发生日期</dt>
              <dd className="mt-1">{formatDate(m.occurredOn)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">状态</dt>
              <dd className="mt-1">
                <StatusBadge
                  status={m.status}
                  labels={MATTER_STATUS_LABELS}
                  tones={MATTER_STATUS_TONES}
                />
              </dd>
            </div>
          </dl>
          <p className="text-sm leading-6 whitespace-pre-wrap">{m.detail}</p>
        </Card>
        <Card title="政治处确认">
          {m.status === "ACKNOWLEDGED" ? (
            <div className="space-y-1 text-sm">
              <p>
                {m.acknowledgedBy?.realName ?? "政治处"} 于 {formatDateTime(m.acknowledgedAt)} 确认
              </p>
              {m.ackNote ? (
                <p className="whitespace-pre-wrap text-slate-700">意见：{m.ackNote}</p>
              ) : null}
            </div>
          ) : can(user.roles, "majorMatter.acknowledge") ? (
            <AckForm id={m.id} />
          ) : (
            <p className="text-sm text-slate-500">等待政治处确认。</p>
          )}
        </Card>
      </div>
    </>
  );
}
