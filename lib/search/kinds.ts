// One reader per kind of result. Each reads the domain's OWN list, through
// that domain's queries.ts, with the keyword as the list's ?q= and otherwise
// the list's defaults, so its rows and total are exactly what the viewer's
// list page at `more` shows (first page, first PER_KIND rows). No reader
// queries a table itself: the scope is the list's, never a second copy. The
// one exception is 人员 for the business roles, who have no list of people:
// people.ts reads them, scoped by the permission table.
import "server-only";

import { listUsers } from "../admin/queries";
import { listCyclePage } from "../appraisal/queries";
import type { SessionUser } from "../auth/session";
import { searchArticles } from "../columns/queries";
import { listConduct } from "../conduct/queries";
import { listConsultView } from "../consult/queries";
import { listCalls, searchEntries } from "../culture/essays/queries";
import { listEvents } from "../culture/events/queries";
import { listFollowUps } from "../follow-ups/queries";
import { listInbox } from "../mailbox/queries";
import { listAllMatters, listMyMatterPage, MATTER_CATEGORY_LABELS } from "../major-matters/queries";
import { listReports } from "../reports/queries";
import { listActivities } from "../study/activities/queries";
import { listMyLogs, listReviewQueue } from "../study/log/queries";
import { listTalks } from "../talks/queries";
import type { SearchKind } from "./access";
import { findColleagues } from "./people";

/** How many rows of each kind the results page shows; the rest are behind the list's own link. */
export const PER_KIND = 5;

const first = <T>(rows: T[]) => rows.slice(0, PER_KIND);
const withQ = (path: string, q: string, extra: Record<string, string> = {}) =>
  `${path}?${new URLSearchParams({ ...extra, q }).toString()}`;

/** `more` is the whole filtered list, or null where the viewer has no list of that kind. */
type Found<R> = { total: number; rows: R[]; more: string | null };

async function people(q: string) {
  const { total, rows } = await listUsers({ q, page: 1 });
  return { total, rows: first(rows), more: withQ("/admin/users", q) };
}

/** Colleagues the viewer may see (people.ts); there is no list of them to go on to. */
async function colleagues(user: SessionUser, q: string) {
  const found = await findColleagues(user, q, PER_KIND);
  return found ? { ...found, more: null } : null;
}

/** 政治处's list of every report, by the reporter's name; nothing is decrypted. */
async function matters(user: SessionUser, q: string) {
  const data = await listAllMatters(user, { q, page: 1 });
  if (!data) return null;
  return { total: data.total, rows: first(data.rows), more: withQ("/major-matters/all", q) };
}

/**
 * One's own reports whose category's name holds the keyword (婚姻, 出国…): the
 * list's own category filter, once per such category, newest first.
 */
async function myMatters(user: SessionUser, q: string) {
  const cats = Object.entries(MATTER_CATEGORY_LABELS)
    .filter(([, label]) => label.includes(q))
    .map(([c]) => c as keyof typeof MATTER_CATEGORY_LABELS);
  const pages = await Promise.all(
    cats.map((category) => listMyMatterPage(user, { category, page: 1 })),
  );
  const rows = pages
    .flatMap((p) => p.rows)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id));
  const more = cats.length === 1 ? `/major-matters?category=${cats[0]}` : "/major-matters";
  return { total: pages.reduce((n, p) => n + p.total, 0), rows: first(rows), more };
}

async function essayCalls(user: SessionUser, q: string) {
  const { total, rows } = await listCalls(user, { q, page: 1 });
  return { total, rows: first(rows), more: withQ("/culture/essays", q) };
}

/** Entries have no list across calls: each hit opens its own page. */
async function essayEntries(user: SessionUser, q: string) {
  return { ...(await searchEntries(user, q, PER_KIND)), more: null };
}

/** 专栏 articles have no list across columns for readers: each hit opens its article. */
async function articles(user: SessionUser, q: string) {
  const found = await searchArticles(user, q, PER_KIND);
  return found ? { ...found, more: null } : null;
}

async function cycles(user: SessionUser, q: string) {
  const { total, rows } = await listCyclePage(user, { q, page: 1 });
  return { total, rows: first(rows), more: withQ("/appraisal", q) };
}

/** 院领导 see submitted reports with their summaries; staff-of-concern entries are never searched. */
async function reports(user: SessionUser, q: string) {
  const { total, rows } = await listReports(user, { q, page: 1 });
  return { total, rows: first(rows), more: withQ("/reports", q) };
}

/** A staff-of-concern follow-up keeps its title masked for whoever the list masks it for. */
async function followUps(user: SessionUser, q: string) {
  const { total, rows } = await listFollowUps(user, { q, overdue: false, page: 1 });
  return { total, rows: first(rows), more: withQ("/follow-ups", q) };
}

async function talks(user: SessionUser, q: string) {
  const { total, rows } = await listTalks(user, { q, page: 1 });
  return { total, rows: first(rows), more: withQ("/talks", q) };
}

/** The inbox is the handlers' only: null for anyone else, as on /mailbox/inbox. */
async function letters(user: SessionUser, q: string) {
  const data = await listInbox(user, { q, page: 1 });
  if (!data) return null;
  return { total: data.total, rows: first(data.rows), more: withQ("/mailbox/inbox", q) };
}

/** A page of PER_KIND rows, so that the list audits exactly the discipline rows shown. */
async function conduct(user: SessionUser, q: string) {
  const { total, rows } = await listConduct(user, { q, page: 1 }, false, PER_KIND);
  return { total, rows, more: withQ("/conduct", q) };
}

/** 政治处 searches every consultation (全部咨询), anyone else their own (我的咨询). */
async function consultations(user: SessionUser, q: string) {
  const all = await listConsultView(user, { q, tab: "all", page: 1 });
  return { total: all.total, rows: first(all.rows), more: withQ("/consult", q, { tab: all.view }) };
}

async function activities(user: SessionUser, q: string) {
  const { total, rows } = await listActivities(user, { q, page: 1 });
  return { total, rows: first(rows), more: withQ("/study/activities", q) };
}

async function studyLogs(user: SessionUser, q: string) {
  const { total, rows } = await listMyLogs(user, { q, page: 1 });
  return { total, rows: first(rows), more: withQ("/study/log", q) };
}

/** Entries the viewer reviews, in every state; null when they review nothing, as on /study/review. */
async function studyReview(user: SessionUser, q: string) {
  const data = await listReviewQueue(user, { q, status: "ALL", page: 1 });
  if (!data) return null;
  return {
    total: data.total,
    rows: first(data.rows),
    more: withQ("/study/review", q, { status: "ALL" }),
  };
}

async function events(user: SessionUser, q: string, when: "upcoming" | "past") {
  const { total, rows } = await listEvents(user, null, { q, when, page: 1 });
  const more = withQ("/culture/events", q, when === "past" ? { when } : {});
  return { total, rows: first(rows), more };
}

/** Each kind's reader; null when the viewer's list would be a 404. */
export const READERS = {
  person: (_u: SessionUser, q: string) => people(q),
  colleague: colleagues,
  report: reports,
  followUp: followUps,
  talk: talks,
  letter: letters,
  matter: matters,
  myMatter: myMatters,
  conduct,
  consult: consultations,
  activity: activities,
  studyLog: studyLogs,
  studyReview,
  event: (u: SessionUser, q: string) => events(u, q, "upcoming"),
  pastEvent: (u: SessionUser, q: string) => events(u, q, "past"),
  essayCall: essayCalls,
  essayEntry: essayEntries,
  article: articles,
  cycle: cycles,
} satisfies Record<SearchKind, (u: SessionUser, q: string) => Promise<Found<unknown> | null>>;

export type KindRows = {
  [K in SearchKind]: NonNullable<Awaited<ReturnType<(typeof READERS)[K]>>>;
};
