// One item of the 政治处 workbench (工作台, issue 15 item 4): something
// waiting on 政治处, from any domain, with its age and its deadline. Each
// domain builds its own items (scoped, bounded, no confidential text); the
// workbench only merges and orders them. Plain and pure.

export type WorkKind =
  | "CONSULTATION"
  | "FOLLOW_UP_ASSIGN"
  | "FOLLOW_UP_VERIFY"
  | "FOLLOW_UP_OVERDUE"
  | "STUDY_LOG"
  | "MAJOR_MATTER"
  | "REPORT_MISSING"
  | "PULSE_LOW";

export type WorkItem = {
  /** Unique across the queue, e.g. "CONSULTATION:<id>". */
  key: string;
  kind: WorkKind;
  title: string;
  /** Where the item is worked; the page there checks access again. */
  href: string;
  /** Since when it has waited. */
  since: Date;
  /** Its deadline (SLA or due date), when it has one. */
  due: Date | null;
  /** A short fact beside the title: a department, a rate. Never confidential text. */
  note?: string;
  /** 催报 for a missing report: the department and period, and whether it was already sent today. */
  urge?: { departmentId: string; periodKey: string; sentToday: boolean };
};

/** A domain's part of the queue: its first items, and how many there are in all. */
export type WorkSlice = { kind: WorkKind; total: number; items: WorkItem[] };

/** How many of each kind the workbench lists at most (the count is always whole). */
export const WORK_SLICE_TAKE = 50;

/**
 * Most urgent first: past their deadline (longest overdue first), then those
 * with a deadline (soonest first), then the rest (longest waiting first).
 */
export function byUrgency(now: Date) {
  const t = now.getTime();
  const rank = (w: WorkItem) => (w.due === null ? 2 : w.due.getTime() < t ? 0 : 1);
  return (a: WorkItem, b: WorkItem): number =>
    rank(a) - rank(b) ||
    (a.due && b.due ? a.due.getTime() - b.due.getTime() : 0) ||
    a.since.getTime() - b.since.getTime() ||
    a.key.localeCompare(b.key);
}

/** Rows of the merged queue per page of the workbench (each kind brings up to WORK_SLICE_TAKE, so a large 院 merges some hundreds). */
export const WORK_QUEUE_PER_PAGE = 50;
