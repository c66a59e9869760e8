import { z } from "zod";

import { keyword, page, sortFields } from "../forms/fields";

/** The columns one's notifications sort by (?sort=); newest first by default. */
export const NOTIFICATION_SORTS = ["createdAt", "title", "readAt"] as const;
export type NotificationSort = (typeof NOTIFICATION_SORTS)[number];

export const NOTIFICATION_STATUSES = ["unread", "read"] as const;
export const NOTIFICATION_STATUS_LABELS = { unread: "未读", read: "已读" } as const;

export const NotificationListFilter = z.object({
  q: keyword,
  ...sortFields(NOTIFICATION_SORTS),
  status: z.enum(NOTIFICATION_STATUSES).optional().catch(undefined),
  page,
});
export type NotificationListFilter = z.infer<typeof NotificationListFilter>;
