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

import { db } from "../db";
import { AWARDS, type Award } from "./essays/labels";

export { clubMembershipsOf } from "./clubs/queries";
export { essayParticipationOf, listEssayAwards } from "./essays/queries";
export { eventParticipationOf } from "./events/queries";
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

const isAward = (a: string | null): a is Award =>
  a !== null && (AWARDS as readonly string[]).includes(a);

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
  const ids = [...out.keys()];
  const [entries, awards, clubs, events, photos] = await Promise.all([
    db.essayEntry.groupBy({
      by: ["authorId"],
      where: { authorId: { in: ids }, submittedAt: { gte: from, lt: to } },
      _count: { _all: true },
    }),
    db.essayEntry.groupBy({
      by: ["authorId", "award"],
      where: {
        authorId: { in: ids },
        award: { in: [...AWARDS] },
        awardedAt: { gte: from, lt: to },
        call: { resultsPublishedAt: { not: null } },
      },
      _count: { _all: true },
    }),
    db.clubMember.groupBy({
      by: ["userId"],
      where: {
        userId: { in: ids },
        status: { in: ["ACTIVE", "LEFT"] },
        decidedAt: { lt: to },
        OR: [{ leftAt: null }, { leftAt: { gte: from } }],
      },
      _count: { _all: true },
    }),
    db.cultureRegistration.groupBy({
      by: ["userId"],
      where: {
        userId: { in: ids },
        status: "REGISTERED",
        attendance: "PRESENT",
        event: { startsAt: { gte: from, lt: to } },
      },
      _count: { _all: true },
    }),
    db.photo.groupBy({
      by: ["uploadedById"],
      where: { uploadedById: { in: ids }, status: "APPROVED", createdAt: { gte: from, lt: to } },
      _count: { _all: true },
    }),
  ]);
  for (const r of entries) out.get(r.authorId)!.essaysSubmitted = r._count._all;
  for (const r of awards)
    if (isAward(r.award)) out.get(r.authorId)!.awards[r.award] = r._count._all;
  for (const r of clubs) out.get(r.userId)!.clubsActive = r._count._all;
  for (const r of events) out.get(r.userId)!.eventsAttended = r._count._all;
  for (const r of photos) out.get(r.uploadedById)!.photosApproved = r._count._all;
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
