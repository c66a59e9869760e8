// 集体活动 and club-event reads. Events are public within the 院; the list of
// registrations and attendance is shown to the organisers (政治处 for group
// events, the club's officers for club events) and each person sees their own.
import "server-only";

import type { Viewer } from "../../auth/session";
import { firstRowsAndTotal } from "../../counts";
import { db } from "../../db";
import { mayOrganise, mayRegister } from "./access";
import { checkInOpen, registrationClosesAt, registrationOpen, rosterOf } from "./capacity";

export type EventParticipation = {
  eventId: string;
  title: string;
  type: string;
  /** null for a 集体活动 group event. */
  clubId: string | null;
  clubName: string | null;
  startsAt: Date;
  /** REGISTERED or WAITLISTED (cancelled registrations are left out). */
  status: "REGISTERED" | "WAITLISTED";
  /** PRESENT | LEAVE | ABSENT, or null while not recorded. */
  attendance: "PRESENT" | "LEAVE" | "ABSENT" | null;
  registeredAt: Date;
};

/**
 * The events a person registered for (or waits for), newest first, with the
 * attendance recorded after each. "Attended" is status REGISTERED with
 * attendance PRESENT (stable signature: the lead's culture hub uses it).
 */
export async function eventParticipationOf(userId: string): Promise<EventParticipation[]> {
  const rows = await db.cultureRegistration.findMany({
    where: { userId, status: { in: ["REGISTERED", "WAITLISTED"] } },
    orderBy: [{ event: { startsAt: "desc" } }, { eventId: "asc" }],
    select: {
      status: true,
      attendance: true,
      registeredAt: true,
      event: {
        select: {
          id: true,
          title: true,
          type: true,
          clubId: true,
          startsAt: true,
          club: { select: { name: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    eventId: r.event.id,
    title: r.event.title,
    type: r.event.type,
    clubId: r.event.clubId,
    clubName: r.event.club?.name ?? null,
    startsAt: r.event.startsAt,
    status: r.status === "WAITLISTED" ? "WAITLISTED" : "REGISTERED",
    attendance:
      r.attendance === "PRESENT" || r.attendance === "LEAVE" || r.attendance === "ABSENT"
        ? r.attendance
        : null,
    registeredAt: r.registeredAt,
  }));
}

/** The events still ahead that `userId` registered for or waits for, soonest first. */
export async function upcomingEventsOf(userId: string, now: Date, take = 5) {
  const where = {
    userId,
    status: { in: ["REGISTERED", "WAITLISTED"] },
    event: { startsAt: { gte: now } },
  };
  const { total, rows } = await firstRowsAndTotal(
    take,
    (n) =>
      db.cultureRegistration.findMany({
        where,
        orderBy: [{ event: { startsAt: "asc" } }, { eventId: "asc" }],
        take: n,
        select: {
          status: true,
          event: {
            select: {
              id: true,
              title: true,
              startsAt: true,
              location: true,
              club: { select: { name: true } },
            },
          },
        },
      }),
    () => db.cultureRegistration.count({ where }),
  );
  return {
    total,
    rows: rows.map((r) => ({
      ...r.event,
      clubName: r.event.club?.name ?? null,
      status: r.status === "WAITLISTED" ? ("WAITLISTED" as const) : ("REGISTERED" as const),
    })),
  };
}

export { EVENTS_PER_PAGE, eventSortOf, listEvents, type EventRow } from "./list";

// One event's page: its details, places and waiting list, the viewer's own
// registration, and the roster with attendance for its organisers. Everyone
// else sees the counts, not who registered.
export type RosterRow = {
  userId: string;
  realName: string;
  department: string;
  position: string;
  status: string;
  registeredAt: Date;
  attendance: string | null;
};

export async function getEvent(viewer: Pick<Viewer, "id" | "roles">, id: string, now = new Date()) {
  const e = await db.cultureEvent.findUnique({
    where: { id },
    select: {
      id: true,
      clubId: true,
      type: true,
      title: true,
      description: true,
      location: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      registrationClosesAt: true,
      recordedAt: true,
      club: { select: { name: true } },
      createdBy: { select: { realName: true } },
    },
  });
  if (!e) return null;
  const regs = await db.cultureRegistration.findMany({
    where: { eventId: e.id, status: { in: ["REGISTERED", "WAITLISTED"] } },
    select: {
      userId: true,
      status: true,
      registeredAt: true,
      attendance: true,
      user: {
        select: { realName: true, position: true, department: { select: { name: true } } },
      },
    },
  });
  const roster = rosterOf(e.capacity, regs);
  const mine = await db.cultureRegistration.findUnique({
    where: { eventId_userId: { eventId: e.id, userId: viewer.id } },
    select: { status: true, attendance: true },
  });
  const position = roster.waiting.findIndex((r) => r.userId === viewer.id);
  const organiser = await mayOrganise(db, viewer, e);
  const toRow = (r: (typeof regs)[number]): RosterRow => ({
    userId: r.userId,
    realName: r.user.realName,
    department: r.user.department?.name ?? "未分配部门",
    position: r.user.position,
    status: r.status,
    registeredAt: r.registeredAt,
    attendance: r.attendance,
  });
  const started = now >= e.startsAt;
  return {
    ...e,
    clubName: e.club?.name ?? null,
    organiserName: e.createdBy.realName,
    closesAt: registrationClosesAt(e),
    open: registrationOpen(e, now),
    started,
    registered: roster.registered.length,
    waiting: roster.waiting.length,
    free: roster.free,
    mine: mine && mine.status !== "CANCELLED" ? mine : null,
    myPosition: position < 0 ? null : position + 1,
    eligible: await mayRegister(db, viewer, e),
    organiser,
    canRecord: organiser && checkInOpen(e.startsAt, now),
    /** Organisers only: the places, then the waiting list, each in arrival order. */
    roster: organiser
      ? {
          registered: roster.registered.map((r) => toRow(r as (typeof regs)[number])),
          waiting: roster.waiting.map((r) => toRow(r as (typeof regs)[number])),
        }
      : null,
  };
}
export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;
