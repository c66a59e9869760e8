// The follow-ups of one department (FollowUp.departmentId), for the department
// dashboard (lib/department): counts by state in the database, and the most
// urgent open ones. The dashboard decides which titles and links a viewer gets.
import "server-only";

import { db } from "../db";
import { isOverdue, overdueWhere } from "./overdue";
import { ACTIVE_STATUSES } from "./state";

const LIST_LIMIT = 10;

export async function departmentFollowUps(departmentId: string, now: Date = new Date()) {
  const where = { departmentId };
  const [byStatus, overdue, open] = await Promise.all([
    db.followUp.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.followUp.count({ where: { ...where, ...overdueWhere(now) } }),
    db.followUp.findMany({
      where: { ...where, status: { in: [...ACTIVE_STATUSES] } },
      // Due first (overdue on top), then those without a due date, newest first.
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        title: true,
        sourceType: true,
        status: true,
        dueDate: true,
        assigneeId: true,
        assignee: { select: { realName: true } },
      },
    }),
  ]);
  const count = (s: string) => byStatus.find((g) => g.status === s)?._count._all ?? 0;
  return {
    active: count("OPEN") + count("IN_PROGRESS"),
    overdue,
    resolved: count("RESOLVED"),
    closed: count("CLOSED"),
    open: open.map((f) => ({
      id: f.id,
      title: f.title,
      sourceType: f.sourceType,
      status: f.status,
      dueDate: f.dueDate,
      assigneeId: f.assigneeId,
      assignee: f.assignee?.realName ?? null,
      overdue: isOverdue(f, now),
    })),
  };
}
