import "server-only";

import { db } from "../db";

export {
  allNotificationRows,
  listNotifications,
  NOTIFICATIONS_PER_PAGE,
  type NotificationRow,
} from "./list";

/** The viewer's own notifications only. */
export async function listUnreadNotifications(userId: string, take = 8) {
  const [count, rows] = await Promise.all([
    db.notification.count({ where: { userId, readAt: null } }),
    db.notification.findMany({
      where: { userId, readAt: null },
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, title: true, body: true, link: true, createdAt: true },
    }),
  ]);
  return { count, rows };
}

/** The number the header's badge shows. */
export function countUnreadNotifications(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}
