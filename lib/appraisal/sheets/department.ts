// One department's appraisal progress in the current cycle, for the department
// dashboard (lib/department): its sheets (the department's and its people's,
// by the department frozen at launch) fully scored out of all, and the scoring
// tasks on them done out of all. Counts only: no score, no scorer.
import "server-only";

import { db } from "../../db";

export async function departmentAppraisalProgress(departmentId: string) {
  // The current cycle: the latest launched one.
  const cycle = await db.appraisalCycle.findFirst({
    where: { launchedAt: { not: null } },
    orderBy: [{ year: "desc" }, { launchedAt: "desc" }],
    select: { id: true, title: true, status: true, scoringDueAt: true },
  });
  if (!cycle) return null;
  const sheets = { cycleId: cycle.id, departmentId };
  const [total, scored, tasks, tasksDone] = await Promise.all([
    db.appraisalSheet.count({ where: sheets }),
    db.appraisalSheet.count({ where: { ...sheets, assignments: { none: { scoredAt: null } } } }),
    db.appraisalAssignment.count({ where: { sheet: sheets } }),
    db.appraisalAssignment.count({ where: { sheet: sheets, scoredAt: { not: null } } }),
  ]);
  return { cycle, sheets: { total, scored }, tasks: { total: tasks, scored: tasksDone } };
}
