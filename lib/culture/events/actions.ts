"use server";

// 检察文化 event writes: 政治处 publishes 集体活动 and club officers their
// club's events; staff register (a full event puts them on the waiting list)
// or cancel (the earliest waiting is promoted and told); the organiser
// records attendance from half an hour before the start (签到 at the door).
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { type AttendanceStatus } from "../../attendance";
import { can } from "../../auth/permissions";
import { ConflictError, ForbiddenError, ValidationError } from "../../errors";
import { formatDateTime } from "../../format";
import { notify } from "../../notifications/notify";
import { assertClubOfficer } from "../clubs/access";
import { mayOrganise, mayRegister } from "./access";
import { checkInOpen, placeFor, registrationOpen } from "./capacity";
import {
  CreateEventInput,
  EVENT_MESSAGES,
  EventRef,
  RecordEventAttendanceInput,
  type RegisterResult,
} from "./schemas";
import { findEvent, lockEvent, positionOf, promoteWaiting } from "./writes";

const linkOf = (eventId: string) => `/culture/events/${eventId}`;

export const createCultureEvent = action(
  { name: "culture.event.create", permission: "culture.participate", input: CreateEventInput },
  async ({ db, user, input, audit }) => {
    let clubName: string | null = null;
    if (input.clubId) clubName = (await assertClubOfficer(db, user.id, input.clubId)).name;
    else if (!can(user.roles, "culture.manage"))
      throw new ForbiddenError(EVENT_MESSAGES.groupNeedsManager);
    const e = await db.cultureEvent.create({
      data: {
        clubId: input.clubId,
        type: input.type,
        title: input.title,
        description: input.description ?? "",
        location: input.location ?? "",
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        capacity: input.capacity,
        registrationClosesAt: input.registrationClosesAt,
        createdById: user.id,
      },
      select: { id: true },
    });
    if (input.clubId) {
      const members = await db.clubMember.findMany({
        where: { clubId: input.clubId, status: "ACTIVE", userId: { not: user.id } },
        select: { userId: true },
      });
      await notify(
        db,
        members.map((m) => m.userId),
        {
          title: `${clubName}发布了新活动：${input.title}`,
          body: `${formatDateTime(input.startsAt)}${input.location ? `，${input.location}` : ""}`,
          link: linkOf(e.id),
        },
      );
    }
    Object.assign(audit, {
      objectType: "CultureEvent",
      objectId: e.id,
      detail: { clubId: input.clubId, type: input.type, capacity: input.capacity },
    });
    revalidatePath(input.clubId ? `/culture/clubs/${input.clubId}` : "/culture/events");
    return { id: e.id };
  },
);

export const registerForEvent = action(
  { name: "culture.event.register", permission: "culture.participate", input: EventRef },
  async ({ db, user, input, audit }): Promise<RegisterResult> => {
    await lockEvent(db, input.eventId);
    const now = new Date(); // after the lock: the turn before ours has committed
    const e = await findEvent(db, input.eventId);
    if (now >= e.startsAt) throw new ConflictError(EVENT_MESSAGES.past);
    if (!registrationOpen(e, now)) throw new ConflictError(EVENT_MESSAGES.closed);
    if (!(await mayRegister(db, user, e))) throw new ForbiddenError(EVENT_MESSAGES.membersOnly);
    const key = { eventId_userId: { eventId: e.id, userId: user.id } };
    const prior = await db.cultureRegistration.findUnique({ where: key, select: { status: true } });
    if (prior?.status === "REGISTERED") throw new ConflictError(EVENT_MESSAGES.alreadyRegistered);
    if (prior?.status === "WAITLISTED") throw new ConflictError(EVENT_MESSAGES.alreadyWaiting);
    const taken = await db.cultureRegistration.count({
      where: { eventId: e.id, status: "REGISTERED" },
    });
    const status = placeFor(e.capacity, taken);
    // A cancelled registration comes back at the end of the queue.
    const fresh = {
      status,
      registeredAt: now,
      attendance: null,
      recordedById: null,
      recordedAt: null,
    };
    await db.cultureRegistration.upsert({
      where: key,
      create: { eventId: e.id, userId: user.id, ...fresh },
      update: fresh,
    });
    const position = status === "WAITLISTED" ? await positionOf(db, e.id, user.id) : null;
    Object.assign(audit, {
      objectType: "CultureEvent",
      objectId: e.id,
      detail: { status, position },
    });
    revalidatePath(linkOf(e.id));
    return {
      status,
      position,
      message:
        status === "REGISTERED"
          ? EVENT_MESSAGES.registered
          : EVENT_MESSAGES.waitlisted(position ?? 1),
    };
  },
);

/** Cancelling frees a place (or a waiting spot) until the event starts; the earliest waiting take it. */
export const cancelRegistration = action(
  { name: "culture.event.cancel", permission: "culture.participate", input: EventRef },
  async ({ db, user, input, audit }) => {
    await lockEvent(db, input.eventId);
    const now = new Date();
    const e = await findEvent(db, input.eventId);
    const key = { eventId_userId: { eventId: e.id, userId: user.id } };
    const reg = await db.cultureRegistration.findUnique({
      where: key,
      select: { status: true, attendance: true },
    });
    if (!reg || reg.status === "CANCELLED") throw new ConflictError(EVENT_MESSAGES.notRegistered);
    // Once the event has started, or the person was marked at 签到, the place is taken for good.
    if (now >= e.startsAt || reg.attendance) throw new ConflictError(EVENT_MESSAGES.cancelStarted);
    await db.cultureRegistration.update({ where: key, data: { status: "CANCELLED" } });
    const promoted = await promoteWaiting(db, e);
    Object.assign(audit, {
      objectType: "CultureEvent",
      objectId: e.id,
      detail: { was: reg.status, promoted },
    });
    revalidatePath(linkOf(e.id));
    return { eventId: e.id, promoted: promoted.length };
  },
);

export const recordEventAttendance = action(
  {
    name: "culture.event.attendance",
    permission: "culture.participate",
    input: RecordEventAttendanceInput,
  },
  async ({ db, user, input, audit }) => {
    const e = await findEvent(db, input.eventId);
    if (!(await mayOrganise(db, user, e))) throw new ForbiddenError(EVENT_MESSAGES.notOrganiser);
    const now = new Date();
    if (!checkInOpen(e.startsAt, now)) throw new ConflictError(EVENT_MESSAGES.notStarted);
    const ids = input.entries.map((x) => x.userId);
    if (new Set(ids).size !== ids.length) throw new ValidationError(EVENT_MESSAGES.duplicate);
    const onRoster = await db.cultureRegistration.count({
      where: { eventId: e.id, status: "REGISTERED", userId: { in: ids } },
    });
    if (onRoster !== ids.length)
      throw new ValidationError(EVENT_MESSAGES.outsideRoster(ids.length - onRoster));
    const groups = new Map<AttendanceStatus | null, string[]>();
    for (const x of input.entries)
      groups.set(x.status, [...(groups.get(x.status) ?? []), x.userId]);
    let changed = 0;
    for (const [status, userIds] of groups) {
      // Only rows whose status changes get a new recorder and time.
      const res = await db.cultureRegistration.updateMany({
        where: {
          eventId: e.id,
          userId: { in: userIds },
          ...(status
            ? { OR: [{ attendance: null }, { attendance: { not: status } }] }
            : { attendance: { not: null } }),
        },
        data: status
          ? { attendance: status, recordedById: user.id, recordedAt: now }
          : { attendance: null, recordedById: null, recordedAt: null },
      });
      changed += res.count;
    }
    await db.cultureEvent.updateMany({
      where: { id: e.id, recordedAt: null },
      data: { recordedAt: now },
    });
    const count = (s: AttendanceStatus | null) => groups.get(s)?.length ?? 0;
    Object.assign(audit, {
      objectType: "CultureEvent",
      objectId: e.id,
      detail: {
        present: count("PRESENT"),
        leave: count("LEAVE"),
        absent: count("ABSENT"),
        unrecorded: count(null),
        changed,
      },
    });
    revalidatePath(linkOf(e.id));
    return { changed };
  },
);
