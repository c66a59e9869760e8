"use server";

// 社团 writes: 政治处 founds a club with its first officers and appoints or
// stands down officers; staff ask to join or leave; officers decide the
// requests (the requester is notified) and keep the club log.
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "../../errors";
import { notify } from "../../notifications/notify";
import { activeBusinessUser } from "../../people/active";
import { findEvent, lockEvent, promoteWaiting } from "../events/writes";
import { assertClubOfficer } from "./access";
import {
  CLUB_MESSAGES,
  ClubLogInput,
  ClubRef,
  CreateClubInput,
  DecideJoinInput,
  SetOfficerInput,
} from "./schemas";

const linkOf = (clubId: string) => `/culture/clubs/${clubId}`;

export const createClub = action(
  { name: "culture.club.create", permission: "culture.manage", input: CreateClubInput },
  async ({ db, user, input, audit }) => {
    const officerIds = [...new Set(input.officerIds)];
    const found = await db.user.count({ where: { id: { in: officerIds }, ...activeBusinessUser } });
    if (found !== officerIds.length)
      throw new ValidationError(CLUB_MESSAGES.officerInvalid, {
        officerIds: CLUB_MESSAGES.officerInvalid,
      });
    if (await db.club.findUnique({ where: { name: input.name }, select: { id: true } }))
      throw new ValidationError(CLUB_MESSAGES.nameTaken, { name: CLUB_MESSAGES.nameTaken });
    const now = new Date();
    const club = await db.club
      .create({
        data: {
          name: input.name,
          charter: input.charter,
          foundedOn: input.foundedOn,
          createdById: user.id,
          members: {
            create: officerIds.map((userId) => ({
              userId,
              role: "OFFICER",
              status: "ACTIVE",
              requestedAt: now,
              decidedById: user.id,
              decidedAt: now,
            })),
          },
        },
        select: { id: true },
      })
      .catch((e) => {
        if (isUniqueViolation(e)) throw new ValidationError(CLUB_MESSAGES.nameTaken);
        throw e;
      });
    await notify(db, officerIds, {
      title: `您被指定为社团负责人：${input.name}`,
      body: "可审批入社申请、组织社团活动、登记考勤和填写社团日志",
      link: linkOf(club.id),
    });
    Object.assign(audit, {
      objectType: "Club",
      objectId: club.id,
      detail: { officers: officerIds.length },
    });
    revalidatePath("/culture/clubs");
    return { id: club.id };
  },
);

/** 政治处 makes an active staff member an officer (joining them if needed), or stands one down. */
export const setClubOfficer = action(
  { name: "culture.club.officer", permission: "culture.manage", input: SetOfficerInput },
  async ({ db, user, input, audit }) => {
    const club = await db.club.findUnique({
      where: { id: input.clubId },
      select: { id: true, name: true },
    });
    if (!club) throw new NotFoundError();
    const person = await db.user.findFirst({
      where: { id: input.userId, ...activeBusinessUser },
      select: { id: true },
    });
    if (!person) throw new ValidationError(CLUB_MESSAGES.personInvalid);
    const key = { clubId_userId: { clubId: club.id, userId: person.id } };
    const now = new Date();
    if (input.officer) {
      await db.clubMember.upsert({
        where: key,
        create: {
          clubId: club.id,
          userId: person.id,
          role: "OFFICER",
          status: "ACTIVE",
          requestedAt: now,
          decidedById: user.id,
          decidedAt: now,
        },
        update: { role: "OFFICER", status: "ACTIVE", leftAt: null, decidedById: user.id },
      });
      // A member who was pending, rejected or gone is approved from now.
      await db.clubMember.updateMany({
        where: { clubId: club.id, userId: person.id, decidedAt: null },
        data: { decidedAt: now },
      });
      await notify(db, [person.id], {
        title: `您被指定为社团负责人：${club.name}`,
        link: linkOf(club.id),
      });
    } else {
      const officers = await db.clubMember.count({
        where: { clubId: club.id, role: "OFFICER", status: "ACTIVE", userId: { not: person.id } },
      });
      if (officers === 0) throw new ConflictError(CLUB_MESSAGES.keepOneOfficer);
      const res = await db.clubMember.updateMany({
        where: { clubId: club.id, userId: person.id, role: "OFFICER" },
        data: { role: "MEMBER" },
      });
      if (res.count === 0) throw new NotFoundError();
    }
    Object.assign(audit, {
      objectType: "Club",
      objectId: club.id,
      detail: { userId: person.id, officer: input.officer },
    });
    revalidatePath(linkOf(club.id));
    return { clubId: club.id, userId: person.id, officer: input.officer };
  },
);

/** Staff ask to join; a rejected or former member may ask again. Officers are told. */
export const requestToJoinClub = action(
  { name: "culture.club.join", permission: "culture.participate", input: ClubRef },
  async ({ db, user, input, audit }) => {
    const club = await db.club.findUnique({
      where: { id: input.clubId },
      select: { id: true, name: true },
    });
    if (!club) throw new NotFoundError();
    const key = { clubId_userId: { clubId: club.id, userId: user.id } };
    const prior = await db.clubMember.findUnique({ where: key, select: { status: true } });
    if (prior?.status === "ACTIVE") throw new ConflictError(CLUB_MESSAGES.alreadyMember);
    if (prior?.status === "PENDING") throw new ConflictError(CLUB_MESSAGES.alreadyPending);
    const fresh = {
      role: "MEMBER",
      status: "PENDING",
      requestedAt: new Date(),
      decidedById: null,
      decidedAt: null,
      leftAt: null,
    };
    await db.clubMember.upsert({
      where: key,
      create: { clubId: club.id, userId: user.id, ...fresh },
      update: fresh,
    });
    const officers = await db.clubMember.findMany({
      where: { clubId: club.id, role: "OFFICER", status: "ACTIVE" },
      select: { userId: true },
    });
    await notify(
      db,
      officers.map((o) => o.userId),
      {
        title: `${user.realName} 申请加入${club.name}`,
        body: "请在社团页面审批",
        link: linkOf(club.id),
      },
    );
    Object.assign(audit, { objectType: "Club", objectId: club.id });
    revalidatePath(linkOf(club.id));
    return { clubId: club.id, status: "PENDING" as const };
  },
);

export const decideJoinRequest = action(
  { name: "culture.club.decide", permission: "culture.participate", input: DecideJoinInput },
  async ({ db, user, input, audit }) => {
    const club = await assertClubOfficer(db, user.id, input.clubId);
    const now = new Date();
    const res = await db.clubMember.updateMany({
      where: { clubId: club.id, userId: input.userId, status: "PENDING" },
      data: {
        status: input.approve ? "ACTIVE" : "REJECTED",
        decidedById: user.id,
        decidedAt: now,
      },
    });
    if (res.count === 0) throw new ConflictError(CLUB_MESSAGES.notPending);
    await notify(db, [input.userId], {
      title: input.approve ? `您加入${club.name}的申请已通过` : `您加入${club.name}的申请未通过`,
      body: input.approve ? `审批人：${user.realName}` : undefined,
      link: linkOf(club.id),
    });
    Object.assign(audit, {
      objectType: "Club",
      objectId: club.id,
      detail: { userId: input.userId, approve: input.approve },
    });
    revalidatePath(linkOf(club.id));
    return { clubId: club.id, userId: input.userId, approved: input.approve };
  },
);

/**
 * A member leaves (or a requester withdraws). The approval date stays, so the
 * membership still counts for the time it was active; registrations for the
 * club's events still ahead are cancelled. The last officer must have a
 * successor first.
 */
export const leaveClub = action(
  { name: "culture.club.leave", permission: "culture.participate", input: ClubRef },
  async ({ db, user, input, audit }) => {
    const key = { clubId_userId: { clubId: input.clubId, userId: user.id } };
    const m = await db.clubMember.findUnique({ where: key, select: { status: true, role: true } });
    if (!m || (m.status !== "ACTIVE" && m.status !== "PENDING"))
      throw new ConflictError(CLUB_MESSAGES.notMember);
    if (m.role === "OFFICER" && m.status === "ACTIVE") {
      const others = await db.clubMember.count({
        where: {
          clubId: input.clubId,
          role: "OFFICER",
          status: "ACTIVE",
          userId: { not: user.id },
        },
      });
      if (others === 0) throw new ConflictError(CLUB_MESSAGES.lastOfficer);
    }
    const now = new Date();
    await db.clubMember.update({
      where: key,
      data: { status: "LEFT", role: "MEMBER", leftAt: now },
    });
    // Club events are for members: a leaver's places in events still ahead
    // go to the waiting list, under each event's lock.
    const ahead = await db.cultureRegistration.findMany({
      where: {
        userId: user.id,
        status: { in: ["REGISTERED", "WAITLISTED"] },
        event: { clubId: input.clubId, startsAt: { gt: now } },
      },
      select: { eventId: true },
    });
    for (const { eventId } of ahead) {
      await lockEvent(db, eventId);
      await db.cultureRegistration.update({
        where: { eventId_userId: { eventId, userId: user.id } },
        data: { status: "CANCELLED" },
      });
      await promoteWaiting(db, await findEvent(db, eventId));
    }
    Object.assign(audit, {
      objectType: "Club",
      objectId: input.clubId,
      detail: { was: m.status, cancelled: ahead.length },
    });
    revalidatePath(linkOf(input.clubId));
    return { clubId: input.clubId };
  },
);

export const writeClubLog = action(
  { name: "culture.club.log", permission: "culture.participate", input: ClubLogInput },
  async ({ db, user, input, audit }) => {
    const club = await assertClubOfficer(db, user.id, input.clubId);
    const log = await db.clubLog.create({
      data: { clubId: club.id, authorId: user.id, loggedOn: input.loggedOn, body: input.body },
      select: { id: true },
    });
    Object.assign(audit, { objectType: "ClubLog", objectId: log.id, detail: { clubId: club.id } });
    revalidatePath(linkOf(club.id));
    return { id: log.id };
  },
);
