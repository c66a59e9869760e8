// Notifications are strictly the owner's: another person's id answers 404.
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { markNotificationRead } from "@/lib/notifications/actions";
import { listNotifications, listUnreadNotifications } from "@/lib/notifications/queries";
import { NotificationListFilter } from "@/lib/notifications/schemas";

import { actAs, lastAudit, makeUser } from "./helpers";

describe("notifications", () => {
  it("marks the owner's notification read and refuses anyone else's with not-found", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const n = await db.notification.create({ data: { userId: owner.id, title: "提醒" } });

    await actAs(other);
    expect(await markNotificationRead({ id: n.id })).toEqual({
      ok: false,
      message: "记录不存在或您无权查看",
    });
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "notification.read",
      result: "NOT_FOUND",
      userId: other.id,
    });
    expect((await listUnreadNotifications(other.id)).count).toBe(0);

    await actAs(owner);
    expect((await markNotificationRead({ id: n.id })).ok).toBe(true);
    expect(
      (await listNotifications(owner.id, NotificationListFilter.parse({}))).rows[0].readAt,
    ).not.toBeNull();
  });
});
