// One department's 部署事项 assignments, for the department dashboard
// (lib/department): counts by status and overdue in the database, and the
// unfinished ones by due date.
import "server-only";

import { db } from "../../db";
import { isOverdue, overdueCutoff } from "./rules";

const LIST_LIMIT = 10;

export async function departmentAssignments(departmentId: string, now: Date = new Date()) {
  const where = { departmentId };
  const [byStatus, overdue, active] = await Promise.all([
    db.deploymentAssignment.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.deploymentAssignment.count({
      where: { ...where, status: { not: "DONE" }, dueDate: { lt: overdueCutoff(now) } },
    }),
    db.deploymentAssignment.findMany({
      where: { ...where, status: { not: "DONE" } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        dueDate: true,
        status: true,
        owner: { select: { realName: true } },
        deployment: { select: { id: true, title: true } },
      },
    }),
  ]);
  const count = (s: string) => byStatus.find((g) => g.status === s)?._count._all ?? 0;
  const total = byStatus.reduce((s, g) => s + g._count._all, 0);
  return {
    total,
    done: count("DONE"),
    inProgress: count("IN_PROGRESS"),
    open: count("OPEN"),
    overdue,
    active: active.map((a) => ({
      id: a.id,
      deploymentId: a.deployment.id,
      title: a.deployment.title,
      owner: a.owner.realName,
      dueDate: a.dueDate,
      status: a.status,
      overdue: isOverdue(a, now),
    })),
  };
}
