// Overdue is derived, never stored (docs/sanhao.md, the follow-up board): a follow-up
// is overdue while it is still being worked on and its due date has passed.
// The same rule exists twice, once for rows in memory and once as a `where`
// for the database, so that lists and counts never load rows to filter them.
import { ACTIVE_STATUSES } from "./state";

export function isOverdue(f: { dueDate: Date | null; status: string }, now: Date): boolean {
  return (
    f.dueDate !== null &&
    f.dueDate.getTime() < now.getTime() &&
    (ACTIVE_STATUSES as readonly string[]).includes(f.status)
  );
}

/** The database form of isOverdue, for Prisma's FollowUpWhereInput. */
export function overdueWhere(now: Date) {
  return { dueDate: { lt: now }, status: { in: [...ACTIVE_STATUSES] } };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days past the due date (0 when not overdue), for "逾期 N 天". */
export function daysOverdue(f: { dueDate: Date | null; status: string }, now: Date): number {
  if (!isOverdue(f, now) || !f.dueDate) return 0;
  return Math.max(1, Math.ceil((now.getTime() - f.dueDate.getTime()) / DAY_MS));
}
