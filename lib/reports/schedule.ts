// 政治处's reporting schedule, kept in the Setting table, and the stored
// ReportPeriod rows that reports attach to.
import "server-only";

import type { Tx } from "../db";
import { DEFAULT_SCHEDULE, periodFromKey, type Period, type Schedule } from "./periods";

export const SCHEDULE_KEY = "report.schedule";

export async function readSchedule(db: Pick<Tx, "setting">): Promise<Schedule> {
  const row = await db.setting.findUnique({ where: { key: SCHEDULE_KEY } });
  if (!row) return DEFAULT_SCHEDULE;
  try {
    const v = JSON.parse(row.value) as Schedule;
    return v.frequency === "QUARTERLY" || v.frequency === "MONTHLY"
      ? { frequency: v.frequency, dueDay: Number(v.dueDay) || 5 }
      : DEFAULT_SCHEDULE;
  } catch {
    return DEFAULT_SCHEDULE;
  }
}

/** The stored row for a period, created on first use. */
export async function ensurePeriod(db: Tx, p: Period): Promise<{ id: string; dueAt: Date }> {
  return db.reportPeriod.upsert({
    where: { key: p.key },
    create: {
      key: p.key,
      label: p.label,
      frequency: p.frequency,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      dueAt: p.dueAt,
    },
    update: {},
    select: { id: true, dueAt: true },
  });
}

export function periodForKey(key: string, schedule: Schedule): Period | null {
  const p = periodFromKey(key, schedule);
  // Only keys of the current frequency can be filed against.
  return p && p.frequency === schedule.frequency ? p : null;
}
