"use server";

// 催报 (issue 15 item 4): 政治处 reminds a department's liaison of a report
// that is due soon or missing. At most once a day per department and period:
// the ReportReminder row (kind URGE:<day>) has a unique key, so a second
// click, or two parallel ones, send one notice. Audited by the wrapper.
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { lockKey } from "../auth/throttle";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "../errors";
import { formatDate } from "../format";
import { notify } from "../notifications/notify";
import { periodContaining } from "./periods";
import { ensurePeriod, readSchedule } from "./schedule";
import { UrgeReportInput } from "./schemas";
import { urgeKind } from "./work-items";

export const urgeReport = action(
  { name: "report.urge", permission: "report.urge", input: UrgeReportInput },
  async ({ db, input, audit }) => {
    const now = new Date();
    const schedule = await readSchedule(db);
    const current = periodContaining(now, schedule);
    const previous = periodContaining(new Date(current.startsAt.getTime() - 1000), schedule);
    const p = [previous, current].find((x) => x.key === input.periodKey);
    if (!p)
      throw new ValidationError("只能催报本期或上一期的报告", {
        periodKey: "只能催报本期或上一期的报告",
      });
    const d = await db.department.findUnique({
      where: { id: input.departmentId },
      select: { id: true, name: true, liaisonId: true },
    });
    if (!d) throw new NotFoundError("部门不存在");
    Object.assign(audit, { objectType: "Department", objectId: d.id, detail: { period: p.key } });
    if (!d.liaisonId) throw new ConflictError(`${d.name}未设信息员，无法催报`);
    const filed = await db.liaisonReport.count({
      where: {
        departmentId: d.id,
        kind: "PERIODIC",
        firstSubmittedAt: { not: null },
        period: { key: p.key },
      },
    });
    if (filed > 0) throw new ConflictError(`${d.name}已提交${p.label}报告，无需催报`);
    // Parallel 催报 of one period queue here: the period row may not exist yet,
    // and the second must see the first's reminder rather than collide with it.
    await lockKey(db, `report-urge:${p.key}`);
    const period = await ensurePeriod(db, p);
    const kind = urgeKind(now);
    const already = await db.reportReminder.findUnique({
      where: { periodId_departmentId_kind: { periodId: period.id, departmentId: d.id, kind } },
      select: { id: true },
    });
    if (already) throw new ConflictError("今天已向该部门催报过，请明天再催");
    try {
      await db.reportReminder.create({ data: { periodId: period.id, departmentId: d.id, kind } });
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictError("今天已向该部门催报过，请明天再催");
      throw e;
    }
    await notify(db, [d.liaisonId], {
      title: `政治处催报：请提交${p.label}思想动态报告`,
      body: `${d.name}${p.label}思想动态报告${now > p.dueAt ? "已逾期" : `将于 ${formatDate(p.dueAt)} 截止`}，请尽快填报。`,
      link: `/reports/new?period=${encodeURIComponent(p.key)}`,
    });
    revalidatePath("/workbench");
    revalidatePath("/reports/compliance");
    return { departmentId: d.id, periodKey: p.key };
  },
);
