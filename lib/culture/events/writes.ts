// The event actions' shared steps. A plain module: a "use server" file may
// export actions only.
//
// Registrations, cancellations and promotions of one event take turns: each
// runs under the event's lock (PostgreSQL: a transaction-level advisory lock;
// SQLite: the write transaction itself, BEGIN IMMEDIATE, see patches/), so
// the count of places taken is never read by two registrations at once.
// Without it, 30 parallel registrations for 10 places each see "9 taken" and
// all take the tenth (tests/integration/culture-events-capacity.test.ts).
import "server-only";

import { lockKey } from "../../auth/throttle";
import type { Tx } from "../../db";
import { NotFoundError } from "../../errors";
import { formatDateTime } from "../../format";
import { notify } from "../../notifications/notify";
import { promotionsFor, waitlistPosition } from "./capacity";

export async function lockEvent(tx: Tx, eventId: string) {
  await lockKey(tx, `culture-event:${eventId}`);
}

export async function findEvent(tx: Tx, eventId: string) {
  const e = await tx.cultureEvent.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      clubId: true,
      title: true,
      startsAt: true,
      capacity: true,
      registrationClosesAt: true,
    },
  });
  if (!e) throw new NotFoundError();
  return e;
}

const liveRegistrations = (tx: Tx, eventId: string) =>
  tx.cultureRegistration.findMany({
    where: { eventId, status: { in: ["REGISTERED", "WAITLISTED"] } },
    select: { userId: true, status: true, registeredAt: true },
  });

export async function positionOf(tx: Tx, eventId: string, userId: string) {
  return waitlistPosition(await liveRegistrations(tx, eventId), userId);
}

/**
 * Promotes the earliest waiting registrations into the places now free and
 * tells each of them. Call under lockEvent.
 */
export async function promoteWaiting(
  tx: Tx,
  e: { id: string; title: string; startsAt: Date; capacity: number | null },
): Promise<string[]> {
  const promoted = promotionsFor(e.capacity, await liveRegistrations(tx, e.id));
  if (promoted.length === 0) return [];
  await tx.cultureRegistration.updateMany({
    where: { eventId: e.id, userId: { in: promoted }, status: "WAITLISTED" },
    data: { status: "REGISTERED" },
  });
  await notify(tx, promoted, {
    title: `候补递补成功：${e.title}`,
    body: `有人取消报名，您已从候补名单递补为正式报名。活动时间：${formatDateTime(e.startsAt)}`,
    link: `/culture/events/${e.id}`,
  });
  return promoted;
}
