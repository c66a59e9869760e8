// "我的" (/me): one page of the signed-in person's own records, composed from
// each owning domain's public reads. Every block is scoped in its where by the
// user's id (inside those reads), bounded (counts + the latest few rows) and
// loaded in parallel. A block is null when the user lacks the permission of
// the list it links to, so each "查看全部" opens.
//
// What is deliberately absent: pulse answers (anonymous by design: at most the
// number of open rounds not yet answered, as the home page shows), anonymous
// letters (no author; only signed letters appear), and anyone else's rows.
import "server-only";

import { mySheets } from "../appraisal/queries";
import { can, type Permission } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { listConduct } from "../conduct/queries";
import { myConsultationsOverview } from "../consult/queries";
import { cultureParticipationFor, upcomingEventsOf } from "../culture/queries";
import { shanghaiYear, shanghaiYearRange } from "../dates";
import { upcomingMeetingsOf } from "../direction/meetings/queries";
import { myFollowUpsOverview } from "../follow-ups/queries";
import { myLettersOverview } from "../mailbox/queries";
import { myMattersOverview } from "../major-matters/queries";
import { countOpenRoundsNotAnswered } from "../pulse/queries";
import { myRegistrations } from "../quota/queries";
import { upcomingActivitiesOf } from "../study/activities/queries";
import { countMyLogsByStatus, latestMyLogs } from "../study/log/queries";
import { pointsFor } from "../study/points/queries";

/** Rows per block. */
export const ME_ROWS = 5;

const when = <T>(ok: boolean, load: () => Promise<T>): Promise<T | null> =>
  ok ? load() : Promise.resolve(null);

async function studyBlock(user: SessionUser, year: number) {
  // The total is the sum of the grouped count: the latest rows need no count of their own.
  const [points, byStatus, rows] = await Promise.all([
    pointsFor(user.id, { year }),
    countMyLogsByStatus(user),
    latestMyLogs(user, ME_ROWS),
  ]);
  return {
    year,
    points: points.points,
    approvedTenths: points.approvedTenths,
    total: Object.values(byStatus).reduce((n, c) => n + c, 0),
    pending: byStatus.SUBMITTED ?? 0,
    returned: byStatus.RETURNED ?? 0,
    rows,
  };
}

async function conductBlock(user: SessionUser) {
  // The conduct module's own read: it opens discipline rows for their subject
  // and audits the read ("conduct.readOwn", no record id).
  const r = await listConduct(user, { page: 1 }, true, ME_ROWS);
  return { total: r.total, rows: r.rows };
}

async function cultureBlock(user: SessionUser, year: number) {
  const { gte, lt } = shanghaiYearRange(year);
  const p = (await cultureParticipationFor({ userIds: [user.id], from: gte, to: lt })).get(
    user.id,
  )!;
  const awards = Object.values(p.awards).reduce((s, n) => s + n, 0);
  return {
    year,
    essays: p.essaysSubmitted,
    awards,
    clubs: p.clubsActive,
    events: p.eventsAttended,
    photos: p.photosApproved,
  };
}

export type UpcomingItem = {
  kind: "STUDY" | "CULTURE" | "MEETING";
  id: string;
  title: string;
  startsAt: Date;
  location: string;
  href: string;
  /** The activity's or meeting's type code (with the theme of an education activity). */
  type: string;
  theme?: string | null;
  /** WAITLISTED for a culture event on the waiting list. */
  status?: "REGISTERED" | "WAITLISTED";
};

async function upcomingBlock(user: SessionUser, now: Date) {
  const may = (p: Permission) => can(user.roles, p);
  const [study, culture, meetings, pulseOpen] = await Promise.all([
    when(may("study.log"), () => upcomingActivitiesOf(user.id, now, ME_ROWS)),
    when(may("culture.participate"), () => upcomingEventsOf(user.id, now, ME_ROWS)),
    when(may("direction.read"), () => upcomingMeetingsOf(user.id, now, ME_ROWS)),
    when(may("pulse.answer"), () => countOpenRoundsNotAnswered(user.id, now)),
  ]);
  const items: UpcomingItem[] = [
    ...(study?.rows ?? []).map((a) => ({
      kind: "STUDY" as const,
      id: a.id,
      title: a.title,
      startsAt: a.heldAt,
      location: a.location,
      href: `/study/activities/${a.id}`,
      type: a.type,
      theme: a.theme,
    })),
    ...(culture?.rows ?? []).map((e) => ({
      kind: "CULTURE" as const,
      id: e.id,
      title: e.clubName ? `${e.clubName} · ${e.title}` : e.title,
      startsAt: e.startsAt,
      location: e.location,
      href: `/culture/events/${e.id}`,
      type: "CULTURE",
      status: e.status,
    })),
    ...(meetings?.rows ?? []).map((m) => ({
      kind: "MEETING" as const,
      id: m.id,
      title: m.title,
      startsAt: m.heldAt,
      location: "",
      href: `/direction/meetings/${m.id}`,
      type: m.type,
    })),
  ];
  items.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  return {
    total: (study?.total ?? 0) + (culture?.total ?? 0) + (meetings?.total ?? 0),
    counts: {
      study: study?.total ?? null,
      culture: culture?.total ?? null,
      meetings: meetings?.total ?? null,
    },
    pulseOpen,
    rows: items.slice(0, ME_ROWS),
  };
}

/** Everything on "我的", in one round of parallel reads. */
export async function loadMyPage(user: SessionUser, now: Date = new Date()) {
  const may = (p: Permission) => can(user.roles, p);
  const year = shanghaiYear(now);
  const [
    study,
    consult,
    letters,
    matters,
    followUps,
    quota,
    conduct,
    culture,
    appraisal,
    upcoming,
  ] = await Promise.all([
    when(may("study.log"), () => studyBlock(user, year)),
    when(may("consult.ask"), () => myConsultationsOverview(user, ME_ROWS)),
    when(may("mailbox.write"), () => myLettersOverview(user, ME_ROWS)),
    when(may("majorMatter.file"), () => myMattersOverview(user, ME_ROWS)),
    when(may("followup.work"), () => myFollowUpsOverview(user, now, ME_ROWS)),
    when(may("quota.register"), () => myRegistrations(user, ME_ROWS)),
    when(may("conduct.read"), () => conductBlock(user)),
    when(may("culture.participate"), () => cultureBlock(user, year)),
    when(may("appraisal.score"), () => mySheets(user, ME_ROWS)),
    upcomingBlock(user, now),
  ]);
  return {
    study,
    consult,
    letters,
    matters,
    followUps,
    quota,
    conduct,
    culture,
    appraisal,
    upcoming,
  };
}

export type MyPage = Awaited<ReturnType<typeof loadMyPage>>;
