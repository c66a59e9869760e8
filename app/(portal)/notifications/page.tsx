import type { Metadata } from "next";
import Link from "next/link";

import { ActionButton } from "@/components/ui/action-button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import { markNotificationRead } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/queries";
import { NOTIFICATION_STATUS_LABELS, NotificationListFilter } from "@/lib/notifications/schemas";

export const metadata: Metadata = { title: "通知" };

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("notification.read", "/notifications");
  const params = await searchParams;
  const f = NotificationListFilter.parse(params);
  const sort = {
    key: f.sort ?? "createdAt",
    dir: f.dir ?? (f.sort && f.sort !== "createdAt" ? "asc" : "desc"),
  } as const;
  const sortable = { sort, basePath: "/notifications", params };
  const filtered = Boolean(f.q || f.status);
  const data = await listNotifications(user.id, f);
  return (
    <>
      <PageHeader title="通知" description="任务提醒、答复与公示通知" />
      <Card>
        <FilterBar
          label="筛选通知"
          clearHref="/notifications"
          columns={3}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="通知标题" />
          <FilterSelect
            label="状态"
            name="status"
            value={f.status}
            options={NOTIFICATION_STATUS_LABELS}
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 条通知</span>
          {data.total > 0 ? (
            <ExportButton href={`/notifications/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的通知" : "暂无通知"}
            hint={filtered ? "请调整或清除筛选条件。" : undefined}
          />
        ) : (
          <Table caption="通知">
            <thead>
              <tr>
                <SortTh label="时间" column="createdAt" {...sortable} />
                <SortTh label="通知" column="title" {...sortable} />
                <SortTh label="状态" column="readAt" {...sortable} />
                <Th>操作</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((n) => (
                <tr key={n.id}>
                  <Td className="text-xs whitespace-nowrap text-slate-500">
                    {formatDateTime(n.createdAt)}
                  </Td>
                  <Td>
                    <p className="font-medium">
                      {n.link ? (
                        <Link href={n.link} className="hover:underline">
                          {n.title}
                        </Link>
                      ) : (
                        n.title
                      )}
                    </p>
                    {n.body ? <p className="text-xs text-slate-500">{n.body}</p> : null}
                  </Td>
                  <Td>
                    {n.readAt ? <Badge tone="gray">已读</Badge> : <Badge tone="red">未读</Badge>}
                  </Td>
                  <Td>
                    {n.readAt ? null : (
                      <ActionButton
                        action={markNotificationRead}
                        fields={{ id: n.id }}
                        label="标为已读"
                        variant="link"
                      />
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination
          page={f.page}
          pages={data.pages}
          total={data.total}
          basePath="/notifications"
          params={{ q: f.q, sort: f.sort, dir: f.dir, status: f.status }}
        />
      </Card>
    </>
  );
}
