// The workbench's missing reports: for the period in progress and the one
// before it (whose due day falls early in this one), every department with a
// liaison that has not submitted; each with 催报 (lib/reports/urge.ts), which
// goes at most once a day per department and period.
import "server-only";

import { shanghaiDayKey } from "../dates";
import { db } from "../db";
import type { WorkSlice } from "../work-items";
import { periodContaining } from "./periods";
import { readSchedule } from "./schedule";

/** The ReportReminder kind of a manual 催报 on one Shanghai day: the unique key allows one a day. */
export const urgeKind = (now: Date) => `URGE:${shanghaiDayKey(now)}`;

/** The periods 催报 may name (the one before and the one in progress). */
async function urgeablePeriods(now: Date) {
  const schedule = await readSchedule(db);
  const current = periodContaining(now, schedule);
  const previous = periodContaining(new Date(current.startsAt.getTime() - 1000), schedule);
  return [previous, current];
}

const urgedTodayWhere = (now: Date, keys: string[]) => ({
  kind: urgeKind(now),
  period: { key: { in: keys } },
});

/**
 * What the compliance matrix needs for its 催报 cells: the periods one may
 * urge, and "<departmentId>:<periodKey>" of each 催报 already sent today.
 */
export async function urgeState(now: Date) {
  const periods = await urgeablePeriods(now);
  const keys = periods.map((p) => p.key);
  const urged = await db.reportReminder.findMany({
    where: urgedTodayWhere(now, keys),
    select: { departmentId: true, period: { select: { key: true } } },
  });
  return { periodKeys: keys, sentToday: urged.map((r) => `${r.departmentId}:${r.period?.key}`) };
}

export async function missingReportWorkItems(now: Date): Promise<WorkSlice> {
  const periods = await urgeablePeriods(now);
  const keys = periods.map((p) => p.key);
  const [departments, filed, urged] = await Promise.all([
    db.department.findMany({
      where: { liaisonId: { not: null } },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.liaisonReport.findMany({
      where: { kind: "PERIODIC", firstSubmittedAt: { not: null }, period: { key: { in: keys } } },
      select: { departmentId: true, period: { select: { key: true } } },
    }),
    db.reportReminder.findMany({
      where: urgedTodayWhere(now, keys),
      select: { departmentId: true, period: { select: { key: true } } },
    }),
  ]);
  const has = (rows: { departmentId: string; period: { key: string } | null }[]) =>
    new Set(rows.map((r) => `${r.departmentId}:${r.period?.key}`));
  const done = has(filed);
  const sent = has(urged);
  const items = periods.flatMap((p) =>
    departments
      .filter((d) => !done.has(`${d.id}:${p.key}`))
      .map((d) => ({
        key: `REPORT_MISSING:${d.id}:${p.key}`,
        kind: "REPORT_MISSING" as const,
        title: `${d.name}未报${p.label}思想动态报告`,
        href: `/reports/compliance`,
        since: p.startsAt,
        due: p.dueAt,
        note: d.name,
        urge: { departmentId: d.id, periodKey: p.key, sentToday: sent.has(`${d.id}:${p.key}`) },
      })),
  );
  return { kind: "REPORT_MISSING", total: items.length, items };
}
