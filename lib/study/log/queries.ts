// Reads for the study log. Staff read only their own entries (userId in every
// where); reviewers read the entries in their review scope (log/access.ts).
// Another person's entry looks exactly like a missing one: null → 404.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { shanghaiYearRange } from "../../dates";
import { db } from "../../db";
import type { MonthSpan, Period } from "../periods";
import { getReviewScope } from "./list";

export { studyLogWorkItems } from "./work-items";

export {
  allMyLogRows,
  allReviewRows,
  getReviewScope,
  latestMyLogs,
  listMyLogs,
  listReviewQueue,
  MY_LOGS_PER_PAGE,
  REVIEW_PER_PAGE,
  type MyLogRow,
  type ReviewRow,
} from "./list";

const pagesOf = (total: number, per: number) => Math.max(1, Math.ceil(total / per));

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
