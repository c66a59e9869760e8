import type { Metadata } from "next";
import Link from "next/link";

import { ActionButton } from "@/components/ui/action-button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { page as pageSchema } from "@/lib/forms/fields";
import { markNotificationRead } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "通知" };

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const user = await requirePagePermission("notification.read", "/notifications");
  const page = pageSchema.parse((await searchParams).page);
  const data = await listNotifications(user.id, page);
  return (
    <>
      <PageHeader title="通知" description="任务提醒、答复与公示通知" />
      <Card>
        {data.rows.length === 0 ? (
          <EmptyState title="暂无通知" />
        ) : (
          <ul className="divide-y divide-slate-100">
            {data.rows.map((n) => (
              <li key={n.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                <div className="min-w-0">
                  <p className="text-sm font-medium">
                    {n.readAt ? null : <Badge tone="red">未读</Badge>}{" "}
                    {n.link ? (
                      <Link href={n.link} className="hover:underline">
                        {n.title}
                      </Link>
                    ) : (
                      n.title
                    )}
                  </p>
                  {n.body ? <p className="text-xs text-slate-500">{n.body}</p> : null}
                  <p className="text-xs text-slate-400">{formatDateTime(n.createdAt)}</p>
                </div>
                {n.readAt ? null : (
                  <ActionButton
                    action={markNotificationRead}
                    fields={{ id: n.id }}
                    label="标为已读"
                    variant="link"
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          pages={data.pages}
          total={data.total}
          basePath="/notifications"
          params={{}}
        />
      </Card>
    </>
  );
}
