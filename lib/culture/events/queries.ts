// 集体活动 and club-event reads. Events are public within the 院; the list of
// registrations and attendance is shown to the organisers (政治处 for group
// events, the club's officers for club events) and each person sees their own.
import "server-only";

import { db } from "../../db";

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
