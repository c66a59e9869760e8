// The report list (思想动态报告) as its viewer sees it: scoped by reportScope,
// filtered, searched by title, summary, period, department or liaison, sorted
// through the URL, paginated for the page and streamed page by page for the
// XLSX export, which therefore holds exactly the rows the screen would. The
// search never reaches the staff-of-concern entries (encrypted, and 政治处's
// alone): a leader finds reports only by what he may read.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import type { SessionUser } from "../auth/session";
import { inPages } from "../batches";
import { monthRange, monthsBetween } from "../dates";
import { db } from "../db";
import { readsAllDepartments, reportScope } from "./access";
import type { ReportListFilter, ReportSort } from "./schemas";

export const REPORTS_PER_PAGE = 20;

/**
 * Submitted (non-draft) reports of the months `keys` (consecutive, oldest
 * first): a periodic report by its monthly period, an ad-hoc one by the
 * Shanghai month it was submitted in. The dashboard's hot topics count these,
 * and /reports?from=&to= lists the same reports.
 */
export function reportsOfMonthsWhere(keys: string[]): Prisma.LiaisonReportWhereInput {
  return {
    status: { not: "DRAFT" },
    OR: [
      { kind: "PERIODIC", period: { key: { in: keys } } },
      {
        kind: "ADHOC",
        submittedAt: { gte: monthRange(keys[0]).start, lt: monthRange(keys[keys.length - 1]).end },
      },
    ],
  };
}

const reportRowSelect = {
  id: true,
  kind: true,
  title: true,
  status: true,
  mood: true,
  stability: true,
  summary: true,
  submittedAt: true,
  firstSubmittedAt: true,
  createdAt: true,
  department: { select: { name: true } },
  period: { select: { label: true, dueAt: true } },
  author: { select: { realName: true } },
  topics: { select: { topic: { select: { id: true, name: true } } } },
  _count: { select: { concerns: true } },
} as const;

/** The months of ?from=&to= the list filters by, or [] (one end only, or from after to). */
export const filterMonths = (f: ReportListFilter) =>
  f.from && f.to ? monthsBetween(f.from, f.to) : [];

/** The list's where: the viewer's scope, then the filters and the keyword; null means no access. */
function reportListWhere(
  user: SessionUser,
  f: ReportListFilter,
): Prisma.LiaisonReportWhereInput | null {
  const scope = reportScope(user);
  if (!scope) return null;
  const months = filterMonths(f);
  return {
    AND: [
      scope,
      f.departmentId && readsAllDepartments(user) ? { departmentId: f.departmentId } : {},
      f.status ? { status: f.status } : {},
      f.kind ? { kind: f.kind } : {},
      f.topicId ? { topics: { some: { topicId: f.topicId } } } : {},
      months.length ? reportsOfMonthsWhere(months) : {},
      f.q
        ? {
            OR: [
              { title: { contains: f.q } },
              { summary: { contains: f.q } },
              { period: { label: { contains: f.q } } },
              { department: { name: { contains: f.q } } },
              { author: { realName: { contains: f.q } } },
            ],
          }
        : {},
    ],
  };
}

/** The direction a column sorts in when ?dir= is absent: dates newest first, the rest A→Z. */
export const reportSortDir = (f: ReportListFilter) =>
  f.dir ?? (!f.sort || f.sort === "period" || f.sort === "submittedAt" ? "desc" : "asc");

/** The list's order (?sort=&dir=): newest first by default, always ending on the id. */
function reportListOrder(f: ReportListFilter): Prisma.LiaisonReportOrderByWithRelationInput[] {
  const dir = reportSortDir(f);
  const first: Record<ReportSort, Prisma.LiaisonReportOrderByWithRelationInput[]> = {
    period: [{ period: { startsAt: dir } }],
    department: [{ department: { sortOrder: dir } }, { department: { name: dir } }],
    mood: [{ mood: dir }],
    stability: [{ stability: dir }],
    status: [{ status: dir }],
    submittedAt: [{ submittedAt: { sort: dir, nulls: "last" } }],
    author: [{ author: { realName: dir } }],
  };
  return [...(f.sort ? first[f.sort] : []), { createdAt: "desc" }, { id: "asc" }];
}

export async function listReports(user: SessionUser, f: ReportListFilter) {
  const where = reportListWhere(user, f);
  if (!where) return { total: 0, pages: 1, rows: [] };
  const [total, rows] = await Promise.all([
    db.liaisonReport.count({ where }),
    db.liaisonReport.findMany({
      where,
      orderBy: reportListOrder(f),
      skip: (f.page - 1) * REPORTS_PER_PAGE,
      take: REPORTS_PER_PAGE,
      select: reportRowSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / REPORTS_PER_PAGE)), rows };
}
export type ReportRow = Awaited<ReturnType<typeof listReports>>["rows"][number];

/** Every row of the list as the viewer sees it, filtered and sorted alike, page by page (the export). */
export function allReportRows(user: SessionUser, f: ReportListFilter): AsyncGenerator<ReportRow[]> {
  const where = reportListWhere(user, f) ?? { id: { in: [] } };
  const orderBy = reportListOrder(f);
  return inPages((skip, take) =>
    db.liaisonReport.findMany({ where, orderBy, skip, take, select: reportRowSelect }),
  );
}
