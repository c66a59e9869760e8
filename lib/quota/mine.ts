// "我的" page: the viewer's own 入额 registrations over every round. The rank
// shows only once it is set (the round's scores complete), as on the round's page.
import "server-only";

import type { Viewer } from "../auth/session";
import { firstRowsAndTotal } from "../counts";
import { db } from "../db";

export async function myRegistrations(v: Pick<Viewer, "id">, take = 5) {
  const where = { userId: v.id };
  return firstRowsAndTotal(
    take,
    (n) =>
      db.quotaRegistration.findMany({
        where,
        orderBy: [{ registeredAt: "desc" }, { id: "asc" }],
        take: n,
        select: {
          id: true,
          registeredAt: true,
          outcome: true,
          rank: true,
          round: { select: { id: true, title: true, status: true } },
        },
      }),
    () => db.quotaRegistration.count({ where }),
  );
}
