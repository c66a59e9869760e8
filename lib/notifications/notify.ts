// Creates in-app notifications inside the caller's transaction, so a
// notification exists exactly when the write that caused it does.
import "server-only";

import type { Tx } from "../db";

/** `at` backdates the notice (seeding a past event); otherwise it is now. */
export type NotificationDraft = { title: string; body?: string; link?: string | null; at?: Date };

export async function notify(
  tx: Tx,
  userIds: Iterable<string | null | undefined>,
  n: NotificationDraft,
): Promise<number> {
  const ids = [...new Set([...userIds].filter((x): x is string => !!x))];
  if (ids.length === 0) return 0;
  const res = await tx.notification.createMany({
    data: ids.map((userId) => ({
      userId,
      title: n.title.slice(0, 120),
      body: (n.body ?? "").slice(0, 500),
      link: n.link ?? null,
      ...(n.at ? { createdAt: n.at } : {}),
    })),
  });
  return res.count;
}
