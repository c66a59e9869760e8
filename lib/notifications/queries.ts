import "server-only";

import { db } from "../db";

export const NOTIFICATIONS_PER_PAGE = 20;

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

export async function listNotifications(userId: string, page: number) {
  const where = { userId };
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * NOTIFICATIONS_PER_PAGE,
      take: NOTIFICATIONS_PER_PAGE,
      select: { id: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE)), rows };
}
