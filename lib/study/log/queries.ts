// Reads for the study log. Staff read only their own entries (userId in every
// where); reviewers read the entries in their review scope (log/access.ts).
// Another person's entry looks exactly like a missing one: null → 404.
import "server-only";

import { cache } from "react";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { shanghaiYearRange } from "../../dates";
import { db } from "../../db";
import type { MonthSpan, Period } from "../periods";
import { reviewScope } from "./access";
import type { MyLogFilter, ReviewFilter } from "./schemas";

export const MY_LOGS_PER_PAGE = 15;
export const REVIEW_PER_PAGE = 20;

const pagesOf = (total: number, per: number) => Math.max(1, Math.ceil(total / per));

/** The viewer's review scope, once per request. */
export const getReviewScope = cache(async (user: SessionUser) => reviewScope(db, user));

/** The caller's own entries, newest study day first; optionally one status and one period. */
export async function listMyLogs(
  user: SessionUser,
  f: MyLogFilter,
  period: Period = { year: null },
  perPage = MY_LOGS_PER_PAGE,
) {
  const where: Prisma.StudyLogWhereInput = {
    userId: user.id,
    ...(f.status ? { status: f.status } : {}),
    ...(period.year !== null ? { studiedOn: shanghaiYearRange(period.year) } : {}),
  };
  const [total, rows] = await Promise.all([
    db.studyLog.count({ where }),
    db.studyLog.findMany({
      where,
      orderBy: [{ studiedOn: "desc" }, { createdAt: "desc" }],
      skip: (f.page - 1) * perPage,
      take: perPage,
      select: {
        id: true,
        kind: true,
        title: true,
        studiedOn: true,
        tenths: true,
        status: true,
        reviewComment: true,
      },
    }),
  ]);
  return { total, pages: pagesOf(total, perPage), rows };
}

/** How many of the caller's entries are in each state. */
export async function countMyLogsByStatus(user: SessionUser): Promise<Record<string, number>> {
  const rows = await db.studyLog.groupBy({
    by: ["status"],
    where: { userId: user.id },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

const detailSelect = {
  id: true,
  userId: true,
  kind: true,
  title: true,
  studiedOn: true,
  tenths: true,
  reflection: true,
  status: true,
  reviewComment: true,
  reviewedAt: true,
  createdAt: true,
  updatedAt: true,
  reviewedBy: { select: { realName: true } },
} satisfies Prisma.StudyLogSelect;

/** One of the caller's own entries, or null. */
export async function getMyLog(user: SessionUser, id: string) {
  return db.studyLog.findFirst({ where: { id, userId: user.id }, select: detailSelect });
}

/** Departments the reviewer may filter by: all for 政治处, the headed ones for a head. */
export async function listReviewDepartments(user: SessionUser) {
  const where: Prisma.DepartmentWhereInput = can(user.roles, "study.manage")
    ? {}
    : { headId: user.id };
  return db.department.findMany({
    where,
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * The review list within the viewer's scope, or null when they review nothing.
 * Pending entries come oldest first (the queue); decided ones newest first.
 */
export async function listReviewQueue(user: SessionUser, f: ReviewFilter) {
  const scope = await getReviewScope(user);
  if (!scope) return null;
  const where: Prisma.StudyLogWhereInput = {
    AND: [
      scope,
      f.status === "ALL" ? {} : { status: f.status },
      f.kind ? { kind: f.kind } : {},
      f.dept ? { user: { departmentId: f.dept } } : {},
    ],
  };
  const orderBy: Prisma.StudyLogOrderByWithRelationInput[] =
    f.status === "SUBMITTED"
      ? [{ createdAt: "asc" }, { id: "asc" }]
      : [{ createdAt: "desc" }, { id: "asc" }];
  const [total, rows] = await Promise.all([
    db.studyLog.count({ where }),
    db.studyLog.findMany({
      where,
      orderBy,
      skip: (f.page - 1) * REVIEW_PER_PAGE,
      take: REVIEW_PER_PAGE,
      select: {
        id: true,
        kind: true,
        title: true,
        studiedOn: true,
        tenths: true,
        status: true,
        createdAt: true,
        reviewedAt: true,
        user: { select: { realName: true, department: { select: { name: true } } } },
      },
    }),
  ]);
  return { total, pages: pagesOf(total, REVIEW_PER_PAGE), rows };
}

/** Entries waiting for this reviewer. */
export async function countPendingReview(user: SessionUser): Promise<number> {
  const scope = await getReviewScope(user);
  return scope ? db.studyLog.count({ where: { AND: [scope, { status: "SUBMITTED" }] } }) : 0;
}

/** One entry within the reviewer's scope, with its owner, or null. */
export async function getLogForReview(user: SessionUser, id: string) {
  const scope = await getReviewScope(user);
  if (!scope) return null;
  return db.studyLog.findFirst({
    where: { AND: [scope, { id }] },
    select: {
      ...detailSelect,
      user: { select: { realName: true, position: true, department: { select: { name: true } } } },
    },
  });
}

/** Approved hours (tenths) per month, one aggregate per month. */
export async function monthlyApprovedTenths(userId: string, months: MonthSpan[]) {
  const sums = await Promise.all(
    months.map((m) =>
      db.studyLog.aggregate({
        where: { userId, status: "APPROVED", studiedOn: { gte: m.start, lt: m.end } },
        _sum: { tenths: true },
      }),
    ),
  );
  return months.map((m, i) => ({ month: m.key, tenths: sums[i]._sum.tenths ?? 0 }));
}

/** Approved entries of one person in a period, newest first: the records behind their hours. */
export async function listApprovedLogs(
  userId: string,
  period: Period,
  pageNo: number,
  perPage = 10,
) {
  const where: Prisma.StudyLogWhereInput = {
    userId,
    status: "APPROVED",
    ...(period.year !== null ? { studiedOn: shanghaiYearRange(period.year) } : {}),
  };
  const [total, rows] = await Promise.all([
    db.studyLog.count({ where }),
    db.studyLog.findMany({
      where,
      orderBy: [{ studiedOn: "desc" }, { id: "asc" }],
      skip: (pageNo - 1) * perPage,
      take: perPage,
      select: {
        id: true,
        kind: true,
        title: true,
        studiedOn: true,
        tenths: true,
        reviewedAt: true,
        reviewedBy: { select: { realName: true } },
      },
    }),
  ]);
  return { total, pages: pagesOf(total, perPage), rows };
}
