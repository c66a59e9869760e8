// Follow-ups for the reviewed staff-of-concern entries, as the live review
// opens them: the newest take fixed shapes so the board shows every state,
// the older ones are mostly closed. Draws from the seed's Rng, in order.
import { PRIORITY_LABELS } from "../../../lib/follow-ups/labels";
import { assignmentNote } from "../../../lib/follow-ups/notes";
import { CONCERN_KIND_LABELS } from "../../../lib/reports/schemas";
import { SEED_REFERENCE_DATE } from "../clock";
import { Rng, stableId } from "../random";
import { AFTER_REOPEN, CLOSED, INSTRUCTIONS, PROGRESS, REOPENED, RESOLVED, STARTED } from "./notes";
import {
  after,
  DAY,
  endOfDay,
  last,
  LATEST,
  ymd,
  type Context,
  type Plan,
  type SeedFollowUpConcern,
  type Step,
} from "./plan";

type Target = "OPEN_UNASSIGNED" | "OPEN" | "IN_PROGRESS" | "RESOLVED" | "CLOSED";
export type Shape = { target: Target; reopened: boolean; onTime: boolean };

// The newest entries, newest first, have fixed shapes so that the board always
// shows every state: a queue to assign, work on time, work overdue, and work
// waiting for 政治处 to verify. (Monthly reports are reviewed early in the next
// month, so even the newest entry is a few weeks old at the reference date.)
export const NEWEST: Shape[] = [
  { target: "OPEN_UNASSIGNED", reopened: false, onTime: true },
  { target: "OPEN_UNASSIGNED", reopened: false, onTime: true },
  { target: "OPEN", reopened: false, onTime: true },
  { target: "IN_PROGRESS", reopened: false, onTime: true },
  { target: "IN_PROGRESS", reopened: false, onTime: true },
  { target: "RESOLVED", reopened: false, onTime: true },
  { target: "RESOLVED", reopened: false, onTime: true },
  { target: "IN_PROGRESS", reopened: false, onTime: false },
  { target: "OPEN", reopened: false, onTime: false },
  { target: "IN_PROGRESS", reopened: true, onTime: false },
];

/** Older entries: mostly verified and closed, a few stuck in progress and long overdue. */
export function olderShape(rng: Rng): Shape {
  const target = rng.weighted([
    ["CLOSED", 95],
    ["IN_PROGRESS", 5],
  ] as const);
  return { target, reopened: rng.chance(0.12), onTime: false };
}

export function concernPlan(rng: Rng, c: SeedFollowUpConcern, shape: Shape, ctx: Context): Plan {
  const person = ctx.users.get(c.personId);
  const kindLabel = (CONCERN_KIND_LABELS as Record<string, string>)[c.kind] ?? c.kind;
  const head = ctx.heads.get(c.departmentId);
  // 一岗双责: the head handles their own people; reform questions and the head's own case go to 政治处.
  const assignee = c.kind === "REFORM" || !head || head === c.personId ? ctx.officeWorker : head;
  const { target, reopened, onTime } = shape;
  const priority = rng.weighted([
    ["HIGH", 25],
    ["NORMAL", 65],
    ["LOW", 10],
  ] as const);
  const manager = rng.chance(0.8) ? ctx.zzc : ctx.officeHead;

  const steps: Step[] = [];
  let dueDate: Date | null = null;
  if (target !== "OPEN_UNASSIGNED") {
    const assignedAt = after(rng, c.reviewedAt, 0.2, 2);
    const natural = assignedAt.getTime() + (priority === "HIGH" ? 14 : 30) * DAY;
    const active = target === "OPEN" || target === "IN_PROGRESS";
    // Overdue is judged by the real clock: active ones meant to be on time are due
    // well after the reference date, those meant to be overdue were due before it.
    dueDate = !active
      ? endOfDay(new Date(natural))
      : onTime
        ? endOfDay(
            new Date(Math.max(natural, SEED_REFERENCE_DATE.getTime() + rng.int(40, 75) * DAY)),
          )
        : endOfDay(new Date(Math.min(natural, SEED_REFERENCE_DATE.getTime() - 3 * DAY)));
    const name = ctx.users.get(assignee)?.realName ?? "";
    steps.push({
      event: "ASSIGN",
      at: assignedAt,
      by: manager,
      note: assignmentNote(
        name,
        ymd(dueDate),
        PRIORITY_LABELS[priority],
        INSTRUCTIONS[c.kind] ?? null,
      ),
    });
    if (target !== "OPEN") {
      const started = STARTED[c.kind] ?? PROGRESS;
      steps.push({
        event: "NOTE",
        at: after(rng, assignedAt, 1, 4),
        by: assignee,
        note: rng.pick(started),
      });
      if (rng.chance(0.6))
        steps.push({
          event: "NOTE",
          at: after(rng, last(steps), 5, 10),
          by: assignee,
          note: rng.pick(PROGRESS),
        });
      if (target === "RESOLVED" || target === "CLOSED" || reopened) {
        steps.push({
          event: "RESOLVE",
          at: after(rng, last(steps), 3, 8),
          by: assignee,
          note: rng.pick(RESOLVED),
        });
        if (reopened) {
          steps.push({
            event: "REOPEN",
            at: after(rng, last(steps), 1, 3),
            by: manager,
            note: rng.pick(REOPENED),
          });
          steps.push({
            event: "NOTE",
            at: after(rng, last(steps), 2, 6),
            by: assignee,
            note: rng.pick(AFTER_REOPEN),
          });
          if (target === "CLOSED")
            steps.push({
              event: "RESOLVE",
              at: after(rng, last(steps), 3, 8),
              by: assignee,
              note: rng.pick(RESOLVED),
            });
        }
        if (target === "CLOSED")
          steps.push({
            event: "CLOSE",
            at: after(rng, last(steps), 1, 4),
            by: manager,
            note: rng.pick(CLOSED),
          });
      }
    }
  }
  return {
    id: stableId(`followup:concern:${c.id}`),
    title: `关注人员跟进：${person?.realName ?? "（已调离）"}（${kindLabel}）`,
    sourceType: "CONCERN",
    sourceId: c.reportId,
    concernId: c.id,
    departmentId: c.departmentId,
    createdById: c.reviewedById,
    createdAt: c.reviewedAt,
    createdNote: null,
    priority,
    assigneeId: target === "OPEN_UNASSIGNED" ? null : assignee,
    dueDate,
    // Steps past the reference date have not happened yet.
    steps: steps.filter((s) => s.at.getTime() <= LATEST),
  };
}
