// Reminders to liaisons (issue 3 item 3): three days before a period's due
// date, and once the due date has passed without a submission. Each goes out
// once per department and period (ReportReminder's unique key), so several
// server instances may run this at once.
import "server-only";

import { writeAudit } from "../audit/log";
import { db } from "../db";
import { isUniqueViolation } from "../errors";
import { formatDate } from "../format";
import { notify } from "../notifications/notify";
import { periodsBetween } from "./periods";
import { ensurePeriod, readSchedule } from "./schedule";

const DAY = 24 * 3600_000;

export async function sendReportReminders(
  now: Date = new Date(),
): Promise<{ dueSoon: number; missed: number }> {
  const schedule = await readSchedule(db);
  const periods = periodsBetween(new Date(now.getTime() - 70 * DAY), now, schedule);
  const departments = await db.department.findMany({
    where: { liaisonId: { not: null } },
    select: { id: true, name: true, liaisonId: true, headId: true },
  });
  let dueSoon = 0,
    missed = 0;
  for (const p of periods) {
    const kind =
      now.getTime() > p.dueAt.getTime()
        ? "MISSED"
        : now.getTime() >= p.dueAt.getTime() - 3 * DAY
          ? "DUE_SOON"
          : null;
    // Missed reminders go out on the day after the due date, not for old periods.
    if (!kind || (kind === "MISSED" && now.getTime() - p.dueAt.getTime() > 2 * DAY)) continue;
    const period = await ensurePeriod(db, p);
    const [filed, reminded] = await Promise.all([
      db.liaisonReport.findMany({
        where: { periodId: period.id, firstSubmittedAt: { not: null } },
        select: { departmentId: true },
      }),
      db.reportReminder.findMany({
        where: { periodId: period.id, kind },
        select: { departmentId: true },
      }),
    ]);
    const skip = new Set([...filed, ...reminded].map((r) => r.departmentId));
    const title =
      kind === "MISSED"
        ? `${p.label}思想动态报告已逾期`
        : `请于 ${formatDate(p.dueAt)} 前提交${p.label}思想动态报告`;
    let sent = 0;
    for (const d of departments.filter((x) => !skip.has(x.id))) {
      const body =
        kind === "MISSED"
          ? `${d.name}尚未提交${p.label}思想动态报告，请尽快补报。`
          : `${d.name}${p.label}思想动态报告将于 3 日内截止。`;
      try {
        // One small transaction per department: the reminder row and its notices together.
        await db.$transaction(async (tx) => {
          await tx.reportReminder.create({
            data: { periodId: period.id, departmentId: d.id, kind },
          });
          await notify(tx, [d.liaisonId], { title, body, link: "/reports/new" });
          if (kind === "MISSED") await notify(tx, [d.headId], { title, body, link: "/reports" });
        });
        sent++;
      } catch (e) {
        // Another instance sent this one meanwhile (unique periodId+departmentId+kind).
        if (!isUniqueViolation(e)) throw e;
      }
    }
    if (sent)
      await writeAudit({
        action: "report.reminder",
        result: "SUCCESS",
        objectType: "ReportPeriod",
        objectId: period.id,
        detail: { kind, departments: sent },
      });
    if (kind === "MISSED") missed += sent;
    else dueSoon += sent;
  }
  return { dueSoon, missed };
}
