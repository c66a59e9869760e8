// The study-log lists as their viewers see them: the person's own entries
// (userId in the where) and the review list (the reviewer's scope,
// log/access.ts). Each has one where and one order, built from the viewer and
// the URL's filter, keyword (the title; on the review list also the person's
// name) and sort, ending on the id; the page reads a page of it and the XLSX
// export streams all of it, so the file holds exactly the rows the screen would.
import "server-only";

import { cache } from "react";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import type { SessionUser } from "../../auth/session";
import { inPages } from "../../batches";
import { shanghaiYearRange } from "../../dates";
import { db } from "../../db";
import type { Period } from "../periods";
import { reviewScope } from "./access";
import type { MyLogFilter, MyLogSort, ReviewFilter, ReviewSort } from "./schemas";

export const MY_LOGS_PER_PAGE = 15;
export const REVIEW_PER_PAGE = 20;

type Dir = Prisma.SortOrder;
const pagesOf = (total: number, per: number) => Math.max(1, Math.ceil(total / per));

/** The viewer's review scope, once per request. */
export const getReviewScope = cache(async (user: SessionUser) => reviewScope(db, user));

const myLogSelect = {
  id: true,
  kind: true,
  title: true,
  studiedOn: true,
  tenths: true,
  status: true,
  reviewComment: true,
} satisfies Prisma.StudyLogSelect;

function myLogWhere(user: SessionUser, f: MyLogFilter, period: Period): Prisma.StudyLogWhereInput {
  return {
    AND: [
      { userId: user.id },
      f.status ? { status: f.status } : {},
      period.year !== null ? { studiedOn: shanghaiYearRange(period.year) } : {},
      f.q ? { title: { contains: f.q } } : {},
    ],
  };
}

/** Newest study day first by default, always ending on the id. */
function myLogOrder(f: MyLogFilter): Prisma.StudyLogOrderByWithRelationInput[] {
  const dir: Dir = f.dir ?? (f.sort && f.sort !== "studiedOn" ? "asc" : "desc");
  const first: Record<MyLogSort, Prisma.StudyLogOrderByWithRelationInput> = {
    studiedOn: { studiedOn: dir },
    kind: { kind: dir },
    title: { title: dir },
    hours: { tenths: dir },
    status: { status: dir },
  };
  return [
    first[f.sort ?? "studiedOn"],
    { studiedOn: "desc" },
    { createdAt: "desc" },
    { id: "asc" },
  ];
}

/**
 * The caller's latest entries as their list's first page orders them, without
 * its count (the 我的 page, whose total is the sum of countMyLogsByStatus).
 */
export function latestMyLogs(user: SessionUser, take: number) {
  return db.studyLog.findMany({
    where: myLogWhere(user, { page: 1 }, { year: null }),
    orderBy: myLogOrder({ page: 1 }),
    take,
    select: myLogSelect,
  });
}

/** The caller's own entries; optionally one status, one period and a keyword. */
export async function listMyLogs(
  user: SessionUser,
  f: MyLogFilter,
  period: Period = { year: null },
  perPage = MY_LOGS_PER_PAGE,
) {
  const where = myLogWhere(user, f, period);
  const [total, rows] = await Promise.all([
    db.studyLog.count({ where }),
    db.studyLog.findMany({
      where,
      orderBy: myLogOrder(f),
      skip: (f.page - 1) * perPage,
      take: perPage,
      select: myLogSelect,
    }),
  ]);
  return { total, pages: pagesOf(total, perPage), rows };
}
export type MyLogRow = Awaited<ReturnType<typeof listMyLogs>>["rows"][number];

/** Every one of the caller's entries as their list shows them, page by page (the export). */
export function allMyLogRows(user: SessionUser, f: MyLogFilter): AsyncGenerator<MyLogRow[]> {
  const where = myLogWhere(user, f, { year: null });
  const orderBy = myLogOrder(f);
  return inPages((skip, take) =>
    db.studyLog.findMany({ where, orderBy, skip, take, select: myLogSelect }),
  );
}

const reviewSelect = {
  id: true,
  kind: true,
  title: true,
  studiedOn: true,
  tenths: true,
  status: true,
  createdAt: true,
  reviewedAt: true,
  user: { select: { realName: true, department: { select: { name: true } } } },
} satisfies Prisma.StudyLogSelect;

function reviewWhere(scope: Prisma.StudyLogWhereInput, f: ReviewFilter): Prisma.StudyLogWhereInput {
  return {
    AND: [
      scope,
      f.status === "ALL" ? {} : { status: f.status },
      f.kind ? { kind: f.kind } : {},
      f.dept ? { user: { departmentId: f.dept } } : {},
      f.q ? { OR: [{ title: { contains: f.q } }, { user: { realName: { contains: f.q } } }] } : {},
    ],
  };
}

/** The queue (待审核) oldest first by default; other states newest first; always ending on the id. */
export function reviewDefaultDir(f: ReviewFilter): Dir {
  return f.status === "SUBMITTED" ? "asc" : "desc";
}

function reviewOrder(f: ReviewFilter): Prisma.StudyLogOrderByWithRelationInput[] {
  const dir: Dir = f.dir ?? (!f.sort || f.sort === "createdAt" ? reviewDefaultDir(f) : "asc");
  const first: Record<ReviewSort, Prisma.StudyLogOrderByWithRelationInput> = {
    createdAt: { createdAt: dir },
    studiedOn: { studiedOn: dir },
    title: { title: dir },
    person: { user: { realName: dir } },
    department: { user: { department: { name: dir } } },
    hours: { tenths: dir },
    status: { status: dir },
  };
  return [first[f.sort ?? "createdAt"], { createdAt: reviewDefaultDir(f) }, { id: "asc" }];
}

/** The review list within the viewer's scope, or null when they review nothing. */
export async function listReviewQueue(user: SessionUser, f: ReviewFilter) {
  const scope = await getReviewScope(user);
  if (!scope) return null;
  const where = reviewWhere(scope, f);
  const [total, rows] = await Promise.all([
    db.studyLog.count({ where }),
    db.studyLog.findMany({
      where,
      orderBy: reviewOrder(f),
      skip: (f.page - 1) * REVIEW_PER_PAGE,
      take: REVIEW_PER_PAGE,
      select: reviewSelect,
    }),
  ]);
  return { total, pages: pagesOf(total, REVIEW_PER_PAGE), rows };
}
export type ReviewRow = NonNullable<Awaited<ReturnType<typeof listReviewQueue>>>["rows"][number];

/** Every row of the review list as the viewer sees it, page by page (the export); null when they review nothing. */
export async function allReviewRows(
  user: SessionUser,
  f: ReviewFilter,
): Promise<AsyncGenerator<ReviewRow[]> | null> {
  const scope = await getReviewScope(user);
  if (!scope) return null;
  const where = reviewWhere(scope, f);
  const orderBy = reviewOrder(f);
  return inPages((skip, take) =>
    db.studyLog.findMany({ where, orderBy, skip, take, select: reviewSelect }),
  );
}
