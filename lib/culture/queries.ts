// The culture domain's API to the rest of the portal: each person's
// participation in 检察文化 over a period, counted from the records of its four
// workflows. The appraisal issue scores it; "我的" pages show it.
// What counts, and only that:
//   - an essay entry submitted in the period (any call);
//   - an award whose call's results are published, awarded in the period;
//   - a club membership that was active at some time in the period;
//   - an event (club or group) whose start is in the period, attended (PRESENT);
//   - an approved photo uploaded in the period.
// Drafts of nothing, hidden photos, cancelled or waitlisted registrations,
// pending or rejected memberships and unpublished awards never count.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { IN_SLICE } from "../batches";
import { db } from "../db";
import { AWARDS, type Award } from "./essays/labels";

export { clubMembershipsOf } from "./clubs/queries";
export { essayParticipationOf, listEssayAwards } from "./essays/queries";
export { eventParticipationOf, upcomingEventsOf } from "./events/queries";
export { photoParticipationOf } from "./album/queries";

export type CultureParticipation = {
  userId: string;
  essaysSubmitted: number;
  awards: Record<Award, number>;
  clubsActive: number;
  eventsAttended: number;
  photosApproved: number;
};

export type ParticipationQuery = { userIds: string[]; from: Date; to: Date };

const emptyAwards = (): Record<Award, number> => ({
  FIRST: 0,
  SECOND: 0,
  THIRD: 0,
  EXCELLENCE: 0,
});

const sliced = (ids: string[]) =>
  Array.from({ length: Math.ceil(ids.length / IN_SLICE) }, (_, i) =>
    ids.slice(i * IN_SLICE, (i + 1) * IN_SLICE),
  );

const isAward = (a: string | null): a is Award =>
  a !== null && (AWARDS as readonly string[]).includes(a);

/** The one definition of what counts, shared by the tallies and the evidence. */
function participationWhere({ userIds, from, to }: ParticipationQuery) {
  const ids = [...userIds];
  return {
    entries: {
      authorId: { in: ids },
      submittedAt: { gte: from, lt: to },
    } satisfies Prisma.EssayEntryWhereInput,
    awards: {
      authorId: { in: ids },
      award: { in: [...AWARDS] },
      awardedAt: { gte: from, lt: to },
      call: { resultsPublishedAt: { not: null } },
    } satisfies Prisma.EssayEntryWhereInput,
    clubs: {
      userId: { in: ids },
      status: { in: ["ACTIVE", "LEFT"] },
      decidedAt: { lt: to },
      OR: [{ leftAt: null }, { leftAt: { gte: from } }],
    } satisfies Prisma.ClubMemberWhereInput,
    events: {
      userId: { in: ids },
      status: "REGISTERED",
      attendance: "PRESENT",
      event: { startsAt: { gte: from, lt: to } },
    } satisfies Prisma.CultureRegistrationWhereInput,
    photos: {
      uploadedById: { in: ids },
      status: "APPROVED",
      createdAt: { gte: from, lt: to },
    } satisfies Prisma.PhotoWhereInput,
  };
}

/**
 * Participation of each person in [from, to). Everyone asked for is in the
 * result, with zeros when they took part in nothing. Bounded: one grouped
 * query per workflow, whatever the number of people.
 */
export async function cultureParticipationFor({
  userIds,
  from,
  to,
}: ParticipationQuery): Promise<Map<string, CultureParticipation>> {
  const out = new Map<string, CultureParticipation>(
    userIds.map((userId) => [
      userId,
      {
        userId,
        essaysSubmitted: 0,
        awards: emptyAwards(),
        clubsActive: 0,
        eventsAttended: 0,
        photosApproved: 0,
      },
    ]),
  );
  if (userIds.length === 0) return out;
  // In slices of people (SQLite's parameter limit); each person's rows fall in one slice.
  for (const slice of sliced([...out.keys()])) {
    const w = participationWhere({ userIds: slice, from, to });
    const [entries, awards, clubs, events, photos] = await Promise.all([
      db.essayEntry.groupBy({ by: ["authorId"], where: w.entries, _count: { _all: true } }),
      db.essayEntry.groupBy({ by: ["authorId", "award"], where: w.awards, _count: { _all: true } }),
      db.clubMember.groupBy({ by: ["userId"], where: w.clubs, _count: { _all: true } }),
      db.cultureRegistration.groupBy({ by: ["userId"], where: w.events, _count: { _all: true } }),
      db.photo.groupBy({ by: ["uploadedById"], where: w.photos, _count: { _all: true } }),
    ]);
    for (const r of entries) out.get(r.authorId)!.essaysSubmitted = r._count._all;
    for (const r of awards)
      if (isAward(r.award)) out.get(r.authorId)!.awards[r.award] = r._count._all;
    for (const r of clubs) out.get(r.userId)!.clubsActive = r._count._all;
    for (const r of events) out.get(r.userId)!.eventsAttended = r._count._all;
    for (const r of photos) out.get(r.uploadedById)!.photosApproved = r._count._all;
  }
  return out;
}

export type CultureEvidence = {
  entryIds: string[];
  awardEntryIds: string[];
  clubIds: string[];
  eventIds: string[];
  photoIds: string[];
};

/** The records behind cultureParticipationFor, per person (ids only), for the appraisal's evidence. */
export async function cultureEvidenceFor(
  q: ParticipationQuery,
): Promise<Map<string, CultureEvidence>> {
  const out = new Map<string, CultureEvidence>(
    q.userIds.map((id) => [
      id,
      { entryIds: [], awardEntryIds: [], clubIds: [], eventIds: [], photoIds: [] },
    ]),
  );
  if (q.userIds.length === 0) return out;
  for (const slice of sliced([...q.userIds])) {
    const w = participationWhere({ ...q, userIds: slice });
    const [entries, awards, clubs, events, photos] = await Promise.all([
      db.essayEntry.findMany({ where: w.entries, select: { id: true, authorId: true } }),
      db.essayEntry.findMany({ where: w.awards, select: { id: true, authorId: true } }),
      db.clubMember.findMany({ where: w.clubs, select: { clubId: true, userId: true } }),
      db.cultureRegistration.findMany({ where: w.events, select: { eventId: true, userId: true } }),
      db.photo.findMany({ where: w.photos, select: { id: true, uploadedById: true } }),
    ]);
    for (const r of entries) out.get(r.authorId)!.entryIds.push(r.id);
    for (const r of awards) out.get(r.authorId)!.awardEntryIds.push(r.id);
    for (const r of clubs) out.get(r.userId)!.clubIds.push(r.clubId);
    for (const r of events) out.get(r.userId)!.eventIds.push(r.eventId);
    for (const r of photos) out.get(r.uploadedById)!.photoIds.push(r.id);
  }
  return out;
}

export type CultureOverview = {
  openCalls: number;
  albums: number;
  approvedPhotos: number;
  clubs: number;
  upcomingEvents: number;
};

/** The counts on the 检察文化 hub's four cards, at `now`. */
export async function cultureOverview(now: Date): Promise<CultureOverview> {
  const [openCalls, albums, approvedPhotos, clubs, upcomingEvents] = await Promise.all([
    db.essayCall.count({
      where: { opensAt: { lte: now }, closesAt: { gt: now }, resultsPublishedAt: null },
    }),
    db.album.count(),
    db.photo.count({ where: { status: "APPROVED" } }),
    db.club.count(),
    db.cultureEvent.count({ where: { startsAt: { gt: now } } }),
  ]);
  return { openCalls, albums, approvedPhotos, clubs, upcomingEvents };
}
