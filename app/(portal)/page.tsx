import Link from "next/link";

import { PeriodStatusCard } from "@/components/reports/period-status";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { isExclusiveRole, ROLE_LABELS } from "@/lib/auth/roles";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listTodos } from "@/lib/home/todos";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/actions";
import { listUnreadNotifications } from "@/lib/notifications/queries";
import { departmentReportStatus } from "@/lib/reports/queries";

export default async function HomePage() {
  const user = await requirePagePermission("home.view", "/");
  const liaisonOf = can(user.roles, "report.submit") ? user.departmentId : null;
  const [unread, todos, periods] = await Promise.all([
    listUnreadNotifications(user.id),
    listTodos(user),
    liaisonOf ? departmentReportStatus(liaisonOf) : null,
  ]);
  return (
    <>
      <PageHeader
        title={`您好，${user.realName}`}
        description="欢迎使用梁溪区人民检察院思政工作平台"
      />
      {periods ? <PeriodStatusCard periods={periods} /> : null}
      {todos.length > 0 ? (
        <section aria-label="待办" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {todos.map((t) => (
            <Link
              key={t.key}
              href={t.href}
              className={`rounded-lg border bg-white p-4 shadow-sm hover:shadow ${t.urgent ? "border-brand-100" : "border-slate-200"}`}
            >
              <p className="text-sm text-slate-500">{t.label}</p>
              <p
                className={`mt-1 text-2xl font-bold ${t.urgent ? "text-brand-700" : "text-slate-800"}`}
              >
                {t.count}
              </p>
            </Link>
          ))}
        </section>
      ) : null}
      <div className="grid gap-4 md:grid-cols-3">
        <Card title="我的信息" className="md:col-span-1">
          <dl className="space-y-2 text-sm">
            <div className="flex justify-between gap-2">
              <dt className="text-slate-500">姓名</dt>
              <dd className="font-medium">{user.realName}</dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-slate-500">部门</dt>
              <dd>{user.departmentName ?? "未分配部门"}</dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-slate-500">职务</dt>
              <dd>{user.position || "—"}</dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-slate-500">角色</dt>
              <dd className="flex flex-wrap justify-end gap-1">
                {user.roles.map((r) => (
                  <Badge key={r} tone={isExclusiveRole(r) ? "blue" : "red"}>
                    {ROLE_LABELS[r]}
                  </Badge>
                ))}
              </dd>
            </div>
          </dl>
          <Link
            href="/account"
            className="mt-4 inline-block text-sm text-brand-700 hover:underline"
          >
            账户安全 →
          </Link>
        </Card>
        <Card
          className="md:col-span-2"
          title={<>未读通知 {unread.count > 0 ? <Badge tone="red">{unread.count}</Badge> : null}</>}
          actions={
            unread.count > 0 ? (
              <ActionButton
                action={markAllNotificationsRead}
                fields={{}}
                label="全部标为已读"
                variant="link"
              />
            ) : (
              <Link href="/notifications" className="text-sm text-brand-700 hover:underline">
                全部通知
              </Link>
            )
          }
        >
          {unread.rows.length === 0 ? (
            <EmptyState title="没有未读通知" hint="新的任务提醒、答复和公示会出现在这里" />
          ) : (
            <ul className="divide-y divide-slate-100">
              {unread.rows.map((n) => (
                <li key={n.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                  <div className="min-w-0">
                    <p className="text-sm font-medium">
                      {n.link ? (
                        <Link href={n.link} className="hover:underline">
                          {n.title}
                        </Link>
                      ) : (
                        n.title
                      )}
                    </p>
                    {n.body ? <p className="text-xs text-slate-500">{n.body}</p> : null}
                    <p className="text-xs text-slate-500">{formatDateTime(n.createdAt)}</p>
                  </div>
                  <ActionButton
                    action={markNotificationRead}
                    fields={{ id: n.id }}
                    label="标为已读"
                    variant="link"
                  />
                </li>
              ))}
            </ul>
          )}
          {unread.count > unread.rows.length ? (
            <Link
              href="/notifications"
              className="mt-2 inline-block text-sm text-brand-700 hover:underline"
            >
              查看全部 {unread.count} 条未读 →
            </Link>
          ) : null}
        </Card>
      </div>
    </>
  );
}
