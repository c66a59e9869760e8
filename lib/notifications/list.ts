// One's own notifications (通知) as a list to work with (issue 15 item 5):
// searched by title, filtered by read or unread, sorted through the URL, read
// a page at a time for the screen and page by page for the XLSX export, which
// therefore holds exactly the rows — in the order — the screen would. The
// where starts from the viewer's own id: nobody lists or exports another's.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages } from "../batches";
import { db } from "../db";
import type { NotificationListFilter, NotificationSort } from "./schemas";

export const NOTIFICATIONS_PER_PAGE = 20;

const notificationRowSelect = {
  id: true,
  title: true,
  body: true,
  link: true,
  createdAt: true,
  readAt: true,
} as const;

function notificationListWhere(
  userId: string,
  f: NotificationListFilter,
): Prisma.NotificationWhereInput {
  return {
    userId,
    ...(f.status === "unread"
      ? { readAt: null }
      : f.status === "read"
        ? { NOT: { readAt: null } }
        : {}),
    ...(f.q ? { title: { contains: f.q } } : {}),
  };
}

/** The list's order (?sort=&dir=): newest first by default, always ending on the id. */
function notificationListOrder(
  f: NotificationListFilter,
): Prisma.NotificationOrderByWithRelationInput[] {
  const dir = f.dir ?? (f.sort && f.sort !== "createdAt" ? "asc" : "desc");
  const first: Record<NotificationSort, Prisma.NotificationOrderByWithRelationInput> = {
    createdAt: { createdAt: dir },
    title: { title: dir },
    // Unread (no readAt) first when ascending, on both databases.
    readAt: { readAt: { sort: dir, nulls: dir === "asc" ? "first" : "last" } },
  };
  return [first[f.sort ?? "createdAt"], { createdAt: "desc" }, { id: "asc" }];
}

export async function listNotifications(userId: string, f: NotificationListFilter) {
  const where = notificationListWhere(userId, f);
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: notificationListOrder(f),
      skip: (f.page - 1) * NOTIFICATIONS_PER_PAGE,
      take: NOTIFICATIONS_PER_PAGE,
      select: notificationRowSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE)), rows };
}
export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>["rows"][number];

/** Every row of one's own list, filtered and sorted alike, page by page (the export). */
export function allNotificationRows(
  userId: string,
  f: NotificationListFilter,
): AsyncGenerator<NotificationRow[]> {
  const where = notificationListWhere(userId, f);
  const orderBy = notificationListOrder(f);
  return inPages((skip, take) =>
    db.notification.findMany({ where, orderBy, skip, take, select: notificationRowSelect }),
  );
}
