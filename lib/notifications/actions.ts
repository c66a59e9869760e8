"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { action } from "../action";
import { NotFoundError } from "../errors";
import { id } from "../forms/fields";

export const markNotificationRead = action(
  {
    name: "notification.read",
    permission: "notification.read",
    input: z.object({ id: id("通知") }),
  },
  async ({ db, user, input, audit }) => {
    const res = await db.notification.updateMany({
      where: { id: input.id, userId: user.id, readAt: null },
      data: { readAt: new Date() },
    });
    if (
      res.count === 0 &&
      !(await db.notification.findFirst({
        where: { id: input.id, userId: user.id },
        select: { id: true },
      }))
    )
      throw new NotFoundError();
    Object.assign(audit, { objectType: "Notification", objectId: input.id });
    revalidatePath("/");
    return { id: input.id };
  },
);

export const markAllNotificationsRead = action(
  { name: "notification.readAll", permission: "notification.read", input: z.object({}) },
  async ({ db, user }) => {
    const res = await db.notification.updateMany({
      where: { userId: user.id, readAt: null },
      data: { readAt: new Date() },
    });
    revalidatePath("/");
    return { count: res.count };
  },
);
