// Pure rules of 党组引航: when an assignment is overdue and how a deployment's
// progress adds up (who may post progress is in access.ts). No database, no
// clock: callers pass `now`, so tests can fix it.
import { startOfShanghaiDay } from "../../dates";

/**
 * A due date means "by the end of that day" (Asia/Shanghai). An assignment is
 * overdue once a later day has begun and it is not DONE. Derived, never
 * stored: the same row becomes overdue by the passing of time alone.
 */
export function isOverdue(a: { dueDate: Date; status: string }, now: Date): boolean {
  return a.status !== "DONE" && a.dueDate.getTime() < overdueCutoff(now).getTime();
}

/** Due dates strictly before this instant are past. For database `where`s. */
export function overdueCutoff(now: Date): Date {
  return startOfShanghaiDay(now);
}

export type ProgressSummary = {
  total: number;
  done: number;
  inProgress: number;
  open: number;
  overdue: number;
  percent: number;
};

export function summariseAssignments(
  assignments: readonly { dueDate: Date; status: string }[],
  now: Date,
): ProgressSummary {
  const s = { total: assignments.length, done: 0, inProgress: 0, open: 0, overdue: 0 };
  for (const a of assignments) {
    if (a.status === "DONE") s.done++;
    else if (a.status === "IN_PROGRESS") s.inProgress++;
    else s.open++;
    if (isOverdue(a, now)) s.overdue++;
  }
  return { ...s, percent: s.total === 0 ? 0 : Math.round((s.done / s.total) * 100) };
}
