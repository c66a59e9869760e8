// 导出 Excel of one's own notifications: the same query as the page
// (lib/notifications/list.ts), with the same keyword, status and order,
// streamed page by page. Only ever the viewer's own: the where starts from
// their id, and nothing in the query string can name anyone else.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { allNotificationRows, type NotificationRow } from "./list";
import { NOTIFICATION_STATUS_LABELS, NotificationListFilter } from "./schemas";

export async function exportNotifications(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "notification.read")) return null;
  const f = NotificationListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "notification.list.export",
    objectType: "Notification",
    objectId: "",
    fileName: "我的通知",
    filter: filterText({
      状态: f.status ? NOTIFICATION_STATUS_LABELS[f.status] : undefined,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "我的通知",
        title: "我的通知",
        rows: allNotificationRows(user.id, f),
        columns: [
          { header: "时间", value: (r: NotificationRow) => r.createdAt, format: "datetime" },
          { header: "标题", value: (r: NotificationRow) => r.title },
          { header: "内容", value: (r: NotificationRow) => r.body, format: "text" },
          { header: "状态", value: (r: NotificationRow) => (r.readAt ? "已读" : "未读") },
          { header: "已读时间", value: (r: NotificationRow) => r.readAt, format: "datetime" },
        ],
      },
    ],
  };
}
