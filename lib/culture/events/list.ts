// The event lists (集体活动, and a club's events) as their viewer sees them
// (issue 15 item 5): one where (the list asked for, upcoming or past, the
// keyword on title and place) and one order (ending on the id), read a page
// at a time for the screen and page by page for the XLSX export, which
// therefore holds exactly the rows the screen would. Events are public within
// the 院; the only personal column is the viewer's own registration.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import type { Viewer } from "../../auth/session";
import { inPages } from "../../batches";
import { db } from "../../db";
import type { Sort } from "../../list-sort";
import type { EventListFilter, EventSort } from "./schemas";

export const EVENTS_PER_PAGE = 20;

export type EventRow = {
  id: string;
  title: string;
  type: string;
  clubId: string | null;
  clubName: string | null;
  startsAt: Date;
  location: string;
  capacity: number | null;
  registered: number;
  waiting: number;
  mine: string | null;
  attendance: string | null;
};

/** Counts of places taken and waiting, per event, in one grouped query. */
async function countsOf(eventIds: string[]) {
  const groups = eventIds.length
    ? await db.cultureRegistration.groupBy({
        by: ["eventId", "status"],
        where: { eventId: { in: eventIds }, status: { in: ["REGISTERED", "WAITLISTED"] } },
        _count: { _all: true },
      })
    : [];
  return (eventId: string, status: string) =>
    groups.find((g) => g.eventId === eventId && g.status === status)?._count._all ?? 0;
}

function eventListWhere(clubId: string | null, f: EventListFilter, now: Date) {
  return {
    AND: [
      { clubId },
      { startsAt: f.when === "past" ? { lt: now } : { gte: now } },
      f.q ? { OR: [{ title: { contains: f.q } }, { location: { contains: f.q } }] } : {},
    ],
  } satisfies Prisma.CultureEventWhereInput;
}

/** The sort in effect: a declared column, or by date (upcoming soonest first, past newest first). */
export function eventSortOf(f: EventListFilter): Sort<EventSort> {
  const byDate = f.when === "past" ? "desc" : "asc";
  return {
    key: f.sort ?? "startsAt",
    dir: f.dir ?? (f.sort && f.sort !== "startsAt" ? "asc" : byDate),
  };
}

/** Upcoming events soonest first, past ones newest first, unless ?sort= says otherwise; then the id. */
function eventListOrder(f: EventListFilter): Prisma.CultureEventOrderByWithRelationInput[] {
  const byDate = f.when === "past" ? "desc" : "asc";
  const { key, dir } = eventSortOf(f);
  const first: Record<EventSort, Prisma.CultureEventOrderByWithRelationInput> = {
    startsAt: { startsAt: dir },
    title: { title: dir },
    type: { type: dir },
    location: { location: dir },
  };
  return [first[key], { startsAt: byDate }, { id: "asc" }];
}

function readEvents(viewer: Pick<Viewer, "id">, where: Prisma.CultureEventWhereInput) {
  return async (
    orderBy: Prisma.CultureEventOrderByWithRelationInput[],
    skip: number,
    take: number,
  ): Promise<EventRow[]> => {
    const events = await db.cultureEvent.findMany({
      where,
      orderBy,
      skip,
      take,
      select: {
        id: true,
        title: true,
        type: true,
        clubId: true,
        startsAt: true,
        location: true,
        capacity: true,
        club: { select: { name: true } },
        registrations: {
          where: { userId: viewer.id },
          select: { status: true, attendance: true },
        },
      },
    });
    const count = await countsOf(events.map((e) => e.id));
    return events.map((e) => ({
      id: e.id,
      title: e.title,
      type: e.type,
      clubId: e.clubId,
      clubName: e.club?.name ?? null,
      startsAt: e.startsAt,
      location: e.location,
      capacity: e.capacity,
      registered: count(e.id, "REGISTERED"),
      waiting: count(e.id, "WAITLISTED"),
      mine: e.registrations[0]?.status ?? null,
      attendance: e.registrations[0]?.attendance ?? null,
    }));
  };
}

/** A page of the events of one club (clubId) or the 集体活动 (clubId null), with the viewer's own registration. */
export async function listEvents(
  viewer: Pick<Viewer, "id">,
  clubId: string | null,
  filter: EventListFilter,
  now: Date = new Date(),
) {
  const where = eventListWhere(clubId, filter, now);
  const total = await db.cultureEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / EVENTS_PER_PAGE));
  const rows = await readEvents(viewer, where)(
    eventListOrder(filter),
    (Math.min(filter.page, pages) - 1) * EVENTS_PER_PAGE,
    EVENTS_PER_PAGE,
  );
  return { rows, total, pages };
}

/** Every row of the list as the viewer sees it, filtered and sorted alike, page by page (the export). */
export function allEventRows(
  viewer: Pick<Viewer, "id">,
  clubId: string | null,
  filter: EventListFilter,
  now: Date = new Date(),
): AsyncGenerator<EventRow[]> {
  const read = readEvents(viewer, eventListWhere(clubId, filter, now));
  const orderBy = eventListOrder(filter);
  return inPages((skip, take) => read(orderBy, skip, take));
}
