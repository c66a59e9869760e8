// The 督办 state machine, pure: no database, no session. Actions ask it
// whether an event may happen and what it leads to; pages ask it which
// buttons to show. tests/unit/follow-ups-state.test.ts checks every cell.
//
//   OPEN 待办 ──NOTE (first)──► IN_PROGRESS 办理中 ──RESOLVE──► RESOLVED 已办结(待核销) ──CLOSE──► CLOSED 已核销
//                                    ▲                                  │                            │
//                                    └────────────── REOPEN ────────────┴────────────────────────────┘
//   (REOPEN lands on OPEN when nobody is assigned.)  ASSIGN changes who and by when, never the state.

export const FOLLOW_UP_STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Statuses still being worked on: the only ones that can be overdue. */
export const ACTIVE_STATUSES = ["OPEN", "IN_PROGRESS"] as const satisfies readonly FollowUpStatus[];

export const FOLLOW_UP_EVENTS = ["ASSIGN", "NOTE", "RESOLVE", "CLOSE", "REOPEN"] as const;
export type FollowUpEvent = (typeof FOLLOW_UP_EVENTS)[number];

/** Timeline entry kinds (FollowUpUpdate.kind). CREATED is written by openFollowUp. */
export const UPDATE_KINDS = [
  "CREATED",
  "ASSIGNED",
  "STARTED",
  "NOTE",
  "RESOLVED",
  "CLOSED",
  "REOPENED",
] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/**
 * Who is acting, relative to one follow-up. MANAGER is 政治处 (followup.manage);
 * ASSIGNEE is the person it is assigned to. One user can be both.
 */
export type ActorKind = "MANAGER" | "ASSIGNEE";

/** The one kind of actor each event belongs to. */
export const EVENT_ACTOR: Record<FollowUpEvent, ActorKind> = {
  ASSIGN: "MANAGER",
  NOTE: "ASSIGNEE",
  RESOLVE: "ASSIGNEE",
  CLOSE: "MANAGER",
  REOPEN: "MANAGER",
};

type Rule = { to: (hasAssignee: boolean) => FollowUpStatus; kind: UpdateKind };

const TRANSITIONS: Record<FollowUpEvent, Partial<Record<FollowUpStatus, Rule>>> = {
  ASSIGN: {
    OPEN: { to: () => "OPEN", kind: "ASSIGNED" },
    IN_PROGRESS: { to: () => "IN_PROGRESS", kind: "ASSIGNED" },
  },
  NOTE: {
    // The assignee's first update starts the work.
    OPEN: { to: () => "IN_PROGRESS", kind: "STARTED" },
    IN_PROGRESS: { to: () => "IN_PROGRESS", kind: "NOTE" },
  },
  RESOLVE: {
    IN_PROGRESS: { to: () => "RESOLVED", kind: "RESOLVED" },
  },
  CLOSE: {
    RESOLVED: { to: () => "CLOSED", kind: "CLOSED" },
  },
  REOPEN: {
    RESOLVED: { to: (a) => (a ? "IN_PROGRESS" : "OPEN"), kind: "REOPENED" },
    CLOSED: { to: (a) => (a ? "IN_PROGRESS" : "OPEN"), kind: "REOPENED" },
  },
};

/** Why an actor may not do something: the message the user reads. */
export const DENIED_MESSAGES: Record<FollowUpEvent, string> = {
  ASSIGN: "只有政治处可以交办督办事项",
  NOTE: "只有承办人可以填写办理进展",
  RESOLVE: "只有承办人可以办结督办事项",
  CLOSE: "只有政治处可以核销督办事项",
  REOPEN: "只有政治处可以重新交办督办事项",
};

export const INVALID_STATE_MESSAGES: Record<FollowUpEvent, string> = {
  ASSIGN: "该督办事项已办结，如需改派请先重新交办",
  NOTE: "该督办事项已办结，不能再填写进展",
  RESOLVE: "只有办理中的督办事项可以办结，请先填写办理进展",
  CLOSE: "只有已办结（待核销）的督办事项可以核销",
  REOPEN: "只有已办结或已核销的督办事项可以重新交办",
};

/** Clearer words for a repeated click, e.g. the loser of two concurrent closes. */
const ALREADY_MESSAGES: Partial<Record<`${FollowUpEvent}:${FollowUpStatus}`, string>> = {
  "RESOLVE:RESOLVED": "该督办事项已办结，等待政治处核销",
  "RESOLVE:CLOSED": "该督办事项已核销",
  "CLOSE:CLOSED": "该督办事项已核销",
};

export type Decision =
  | { ok: true; to: FollowUpStatus; kind: UpdateKind }
  | { ok: false; reason: "ACTOR" | "STATE" | "NO_ASSIGNEE"; message: string };

export function isFollowUpStatus(s: string): s is FollowUpStatus {
  return (FOLLOW_UP_STATUSES as readonly string[]).includes(s);
}

/**
 * Decides one event. The actor check comes first, so someone who may never
 * close learns that, whatever state the follow-up is in.
 */
export function decideTransition(
  status: string,
  event: FollowUpEvent,
  actors: readonly ActorKind[],
  hasAssignee: boolean,
): Decision {
  if (!actors.includes(EVENT_ACTOR[event]))
    return { ok: false, reason: "ACTOR", message: DENIED_MESSAGES[event] };
  const rule = isFollowUpStatus(status) ? TRANSITIONS[event][status] : undefined;
  if (!rule)
    return {
      ok: false,
      reason: "STATE",
      message:
        ALREADY_MESSAGES[`${event}:${status as FollowUpStatus}`] ?? INVALID_STATE_MESSAGES[event],
    };
  // An assignee event needs an assignee; guarded by the actor check too, but
  // the machine should not depend on how callers compute actors.
  if (EVENT_ACTOR[event] === "ASSIGNEE" && !hasAssignee)
    return { ok: false, reason: "NO_ASSIGNEE", message: "该督办事项尚未指定承办人" };
  return { ok: true, to: rule.to(hasAssignee), kind: rule.kind };
}

/** The events this viewer may fire now, for showing only the forms that would work. */
export function allowedEvents(
  status: string,
  actors: readonly ActorKind[],
  hasAssignee: boolean,
): FollowUpEvent[] {
  return FOLLOW_UP_EVENTS.filter((e) => decideTransition(status, e, actors, hasAssignee).ok);
}

/** The actor kinds of a viewer for one follow-up. */
export function actorKindsOf(
  viewer: { id: string; canManage: boolean },
  followUp: { assigneeId: string | null },
): ActorKind[] {
  const kinds: ActorKind[] = [];
  if (viewer.canManage) kinds.push("MANAGER");
  if (followUp.assigneeId !== null && followUp.assigneeId === viewer.id) kinds.push("ASSIGNEE");
  return kinds;
}
