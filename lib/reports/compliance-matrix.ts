// The compliance matrix (报送情况) a page of departments at a time (issue 18):
// the page reads only its own departments' reports, while the summary figures,
// when there is more than one page, count every department's cells in the
// database (complianceTotals) rather than reading their reports.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { shanghaiYearRange } from "../dates";
import { db } from "../db";
import { complianceTable, complianceTotals } from "./compliance";
import { periodsBetween } from "./periods";
import { readSchedule } from "./schedule";

export const COMPLIANCE_DEPARTMENTS_PER_PAGE = 20;

/** Departments with a liaison report; the matrix's rows. */
const reporting: Prisma.DepartmentWhereInput = { liaisonId: { not: null } };

type Period = { key: string; label: string; dueAt: Date; startsAt: Date };

/** The year's periods, in order: computed from the schedule up to now, and any stored. */
async function periodsOf(year: number, now: Date) {
  const { gte: yearStart, lt: nextYear } = shanghaiYearRange(year);
  const yearEnd = new Date(nextYear.getTime() - 1);
  const [schedule, stored] = await Promise.all([
    readSchedule(db),
    db.reportPeriod.findMany({
      where: { startsAt: { gte: yearStart, lte: yearEnd } },
      select: { id: true, key: true, label: true, dueAt: true, startsAt: true },
    }),
  ]);
  const computed = periodsBetween(
    yearStart,
    now.getTime() < yearEnd.getTime() ? now : yearEnd,
    schedule,
  );
  const byKey = new Map<string, Period>();
  for (const p of [...computed, ...stored]) if (!byKey.has(p.key)) byKey.set(p.key, p);
  const periods = [...byKey.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  // Reports hang on stored periods; each is judged by its period's due date as shown.
  const ids = new Map(stored.map((p) => [p.id, byKey.get(p.key)!]));
  return { periods, ids };
}

/** Filed reports per period and status, and how many of those not returned came on time. */
async function filedCounts(ids: Map<string, Period>) {
  const filed: Prisma.LiaisonReportWhereInput = {
    kind: "PERIODIC",
    periodId: { in: [...ids.keys()] },
    firstSubmittedAt: { not: null },
    department: reporting,
  };
  const [byStatus, onTime] = await Promise.all([
    db.liaisonReport.groupBy({
      by: ["periodId", "status"],
      where: filed,
      _count: { _all: true },
      orderBy: [{ periodId: "asc" }, { status: "asc" }],
    }),
    // Each period's own due date: the one comparison groupBy cannot make.
    ids.size === 0
      ? 0
      : db.liaisonReport.count({
          where: {
            AND: [
              filed,
              { status: { not: "RETURNED" } },
              {
                OR: [...ids].map(([id, p]) => ({
                  periodId: id,
                  firstSubmittedAt: { lte: p.dueAt },
                })),
              },
            ],
          },
        }),
  ]);
  const groups = byStatus.map((g) => ({
    periodKey: g.periodId ? ids.get(g.periodId)?.key : undefined,
    status: g.status,
    count: g._count._all,
  }));
  return { groups, onTime };
}

/** One page of departments, in the matrix's order, and their reports of the year. */
async function departmentPage(ids: Map<string, Period>, page: number) {
  const departments = await db.department.findMany({
    where: reporting,
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    skip: (page - 1) * COMPLIANCE_DEPARTMENTS_PER_PAGE,
    take: COMPLIANCE_DEPARTMENTS_PER_PAGE,
    select: { id: true, name: true },
  });
  const reports = await db.liaisonReport.findMany({
    where: {
      kind: "PERIODIC",
      periodId: { in: [...ids.keys()] },
      departmentId: { in: departments.map((d) => d.id) },
    },
    select: { id: true, departmentId: true, status: true, firstSubmittedAt: true, periodId: true },
  });
  return {
    departments,
    reports: reports.map((r) => ({
      ...r,
      period: r.periodId ? (ids.get(r.periodId) ?? null) : null,
    })),
  };
}

/**
 * Department × period compliance for one year, computed from stored reports:
 * one page of departments (a page past the end shows the last), with the
 * totals over all of them.
 */
export async function complianceMatrix(year: number, now: Date = new Date(), page = 1) {
  const { periods, ids } = await periodsOf(year, now);
  const wanted = Math.max(1, Math.floor(page) || 1);
  const [total, shown] = await Promise.all([
    db.department.count({ where: reporting }),
    departmentPage(ids, wanted),
  ]);
  const pages = Math.max(1, Math.ceil(total / COMPLIANCE_DEPARTMENTS_PER_PAGE));
  const current = Math.min(wanted, pages);
  const { departments, reports } = current === wanted ? shown : await departmentPage(ids, current);
  const matrix = complianceTable(periods, departments, reports, now);
  // One page holds every department: its cells are the totals; else count them all.
  const filed = pages === 1 ? null : await filedCounts(ids);
  return {
    ...matrix,
    totals: filed
      ? complianceTotals(periods, total, filed.groups, filed.onTime, now)
      : matrix.totals,
    page: current,
    pages,
    total,
  };
}
