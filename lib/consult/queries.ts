// Reads for the consultation desk. Staff see only their own consultations;
// 政治处 (consult.answer) sees all. The FAQ never touches the asker: it reads
// FaqEntry alone, which has no asker field (docs/security.md item 10, DOMAIN 三主 5).
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import { BUSINESS_ROLES } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { statusCounts } from "../counts";
import { lastMonthRanges } from "../dates";
import { db } from "../db";
import { listConsultView } from "./list";
import { TAGS, type ConsultListFilter } from "./schemas";
import { breachCutoff, hoursOf, medianMs, SLA_MS } from "./sla";

export { FAQ_PER_PAGE, listFaq } from "./faq-list";
export { consultWorkItems } from "./work-items";
export { TAG_LABELS, TAGS } from "./schemas";
export { hoursOf, medianMs } from "./sla";

export {
  allConsultRows,
  CONSULT_PER_PAGE,
  consultView,
  listConsultView,
  type ConsultRow,
} from "./list";

/** The where-clause every consultation read starts from. */
export function consultScope(user: SessionUser): Prisma.ConsultationWhereInput {
  return can(user.roles, "consult.answer") ? {} : { askerId: user.id };
}

/** The caller's own consultations ("我的咨询"), newest first, with answers. */
export async function listMyConsultations(
  user: SessionUser,
  pageNo: number,
  f?: Omit<ConsultListFilter, "page" | "tab">,
) {
  const { total, pages, rows } = await listConsultView(user, { ...f, tab: "mine", page: pageNo });
  return { total, pages, rows };
}

/** "我的" page: how many the caller asked, how many await an answer, and the latest few with answers. */
export async function myConsultationsOverview(user: SessionUser, take = 5) {
  const where = { askerId: user.id };
  // One more row than shown tells whether the rows are all of them; only past
  // that are they counted by state.
  const got = await db.consultation.findMany({
    where,
    orderBy: [{ askedAt: "desc" }, { id: "asc" }],
    take: take + 1,
    select: { id: true, question: true, status: true, answer: true, askedAt: true },
  });
  if (got.length <= take)
    return { total: got.length, open: got.filter((r) => r.status === "OPEN").length, rows: got };
  const byStatus = await db.consultation.groupBy({ by: ["status"], where, _count: { _all: true } });
  const { total, of } = statusCounts(byStatus);
  return { total, open: of("OPEN"), rows: got.slice(0, take) };
}

/** 政治处's queue: open consultations, oldest first (or as sorted), a page at a time, and how many are late. */
export async function listQueue(
  user: SessionUser,
  now: Date = new Date(),
  pageNo = 1,
  f?: Omit<ConsultListFilter, "page" | "tab">,
) {
  if (!can(user.roles, "consult.answer")) return { rows: [], breached: 0, total: 0, pages: 1 };
  const [{ total, pages, rows }, breached] = await Promise.all([
    listConsultView(user, { ...f, tab: "queue", page: pageNo }),
    db.consultation.count({ where: { status: "OPEN", askedAt: { lte: breachCutoff(now) } } }),
  ]);
  return { rows, breached, total, pages };
}

/** Every consultation in the viewer's scope (the caller's own without consult.answer), filtered and paginated. */
export async function listConsultations(user: SessionUser, f: ConsultListFilter) {
  const { total, pages, rows } = await listConsultView(user, { ...f, tab: "all" });
  return { total, pages, rows };
}

/** One consultation within the viewer's scope, or null (→ 404). */
export async function getConsultation(user: SessionUser, id: string) {
  return db.consultation.findFirst({
    where: { ...consultScope(user), id },
    select: {
      id: true,
      askerId: true,
      channel: true,
      question: true,
      status: true,
      answer: true,
      askedAt: true,
      answeredAt: true,
      asker: { select: { realName: true, department: { select: { name: true } } } },
      loggedBy: { select: { realName: true } },
      answeredBy: { select: { realName: true } },
      tags: { select: { tag: true } },
      faq: { select: { id: true, publishedAt: true } },
    },
  });
}

/** Active people holding a business role: whom 政治处 may log a consultation for. */
export async function listAskerOptions() {
  return db.user.findMany({
    where: { status: "ACTIVE", roles: { some: { role: { in: [...BUSINESS_ROLES] } } } },
    orderBy: [{ department: { sortOrder: "asc" } }, { employeeNo: "asc" }],
    select: { id: true, realName: true, department: { select: { name: true } } },
  });
}

/**
 * The desk's figures. Counts run in the database; the median and answered
 * breaches need only the two timestamps of answered rows.
 */
export async function consultStats(user: SessionUser, now: Date = new Date()) {
  if (!can(user.roles, "consult.answer") && !can(user.roles, "dashboard.leadership")) return null;
  const months = lastMonthRanges(now, 24);
  const [total, open, openBreached, byTag, byChannel, monthCounts, answered] = await Promise.all([
    db.consultation.count(),
    db.consultation.count({ where: { status: "OPEN" } }),
    db.consultation.count({ where: { status: "OPEN", askedAt: { lte: breachCutoff(now) } } }),
    db.consultationTag.groupBy({ by: ["tag"], _count: { _all: true } }),
    db.consultation.groupBy({ by: ["channel"], _count: { _all: true } }),
    Promise.all(
      months.map((mo) =>
        db.consultation.count({ where: { askedAt: { gte: mo.start, lt: mo.end } } }),
      ),
    ),
    db.consultation.findMany({
      where: { status: "ANSWERED", answeredAt: { not: null } },
      orderBy: { askedAt: "asc" },
      select: { askedAt: true, answeredAt: true },
    }),
  ]);
  const durations = answered.map((r) => r.answeredAt!.getTime() - r.askedAt.getTime());
  const answeredBreached = durations.filter((d) => d >= SLA_MS).length;
  const tagCount = new Map(byTag.map((r) => [r.tag, r._count._all]));
  const median = medianMs(durations);
  return {
    total,
    open,
    answered: answered.length,
    openBreached,
    answeredBreached,
    breaches: openBreached + answeredBreached,
    medianHours: median === null ? null : hoursOf(median),
    byTag: TAGS.map((tag) => ({ tag, count: tagCount.get(tag) ?? 0 })),
    byChannel: byChannel.map((r) => ({ channel: r.channel, count: r._count._all })),
    byMonth: months.map((mo, i) => ({ month: mo.key, count: monthCounts[i] })),
  };
}
