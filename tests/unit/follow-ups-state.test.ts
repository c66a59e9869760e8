// The 督办 state machine, every cell: 4 statuses × 5 events × 4 actor sets ×
// with/without an assignee. The expected table is written out here a second
// time, so a change to lib/follow-ups/state.ts has to be made twice.
import { describe, expect, it } from "vitest";

import {
  actorKindsOf,
  allowedEvents,
  decideTransition,
  FOLLOW_UP_EVENTS,
  FOLLOW_UP_STATUSES,
  type ActorKind,
  type FollowUpEvent,
  type FollowUpStatus,
} from "@/lib/follow-ups/state";

type Legal = {
  to: FollowUpStatus | ((hasAssignee: boolean) => FollowUpStatus);
  kind: string;
  by: ActorKind;
};

const LEGAL: Partial<Record<`${FollowUpStatus}:${FollowUpEvent}`, Legal>> = {
  "OPEN:ASSIGN": { to: "OPEN", kind: "ASSIGNED", by: "MANAGER" },
  "IN_PROGRESS:ASSIGN": { to: "IN_PROGRESS", kind: "ASSIGNED", by: "MANAGER" },
  "OPEN:NOTE": { to: "IN_PROGRESS", kind: "STARTED", by: "ASSIGNEE" },
  "IN_PROGRESS:NOTE": { to: "IN_PROGRESS", kind: "NOTE", by: "ASSIGNEE" },
  "IN_PROGRESS:RESOLVE": { to: "RESOLVED", kind: "RESOLVED", by: "ASSIGNEE" },
  "RESOLVED:CLOSE": { to: "CLOSED", kind: "CLOSED", by: "MANAGER" },
  "RESOLVED:REOPEN": { to: (a) => (a ? "IN_PROGRESS" : "OPEN"), kind: "REOPENED", by: "MANAGER" },
  "CLOSED:REOPEN": { to: (a) => (a ? "IN_PROGRESS" : "OPEN"), kind: "REOPENED", by: "MANAGER" },
};

const OWNER: Record<FollowUpEvent, ActorKind> = {
  ASSIGN: "MANAGER",
  NOTE: "ASSIGNEE",
  RESOLVE: "ASSIGNEE",
  CLOSE: "MANAGER",
  REOPEN: "MANAGER",
};
const ACTOR_SETS: ActorKind[][] = [[], ["MANAGER"], ["ASSIGNEE"], ["MANAGER", "ASSIGNEE"]];

const cells = FOLLOW_UP_STATUSES.flatMap((status) =>
  FOLLOW_UP_EVENTS.flatMap((event) =>
    ACTOR_SETS.flatMap((actors) =>
      [true, false].map((hasAssignee) => ({ status, event, actors, hasAssignee })),
    ),
  ),
);

describe("follow-up state machine", () => {
  it("covers 160 cells", () => expect(cells).toHaveLength(160));

  it.each(cells)(
    "$status + $event by [$actors] (assignee: $hasAssignee)",
    ({ status, event, actors, hasAssignee }) => {
      const d = decideTransition(status, event, actors, hasAssignee);
      const legal = LEGAL[`${status}:${event}`];
      if (!actors.includes(OWNER[event])) {
        expect(d).toMatchObject({ ok: false, reason: "ACTOR" });
      } else if (!legal) {
        expect(d).toMatchObject({ ok: false, reason: "STATE" });
      } else if (legal.by === "ASSIGNEE" && !hasAssignee) {
        expect(d).toMatchObject({ ok: false, reason: "NO_ASSIGNEE" });
      } else {
        const to = typeof legal.to === "function" ? legal.to(hasAssignee) : legal.to;
        expect(d).toEqual({ ok: true, to, kind: legal.kind });
      }
      if (!d.ok) expect(d.message).toMatch(/[\u4e00-\u9fa5]/);
    },
  );

  it("lets only 政治处 close, with a message that says so", () => {
    expect(decideTransition("RESOLVED", "CLOSE", ["ASSIGNEE"], true)).toEqual({
      ok: false,
      reason: "ACTOR",
      message: "只有政治处可以核销督办事项",
    });
  });

  it("answers a repeated close or resolve plainly", () => {
    expect(decideTransition("CLOSED", "CLOSE", ["MANAGER"], true)).toMatchObject({
      ok: false,
      message: "该督办事项已核销",
    });
    expect(decideTransition("RESOLVED", "RESOLVE", ["ASSIGNEE"], true)).toMatchObject({
      ok: false,
      message: "该督办事项已办结，等待政治处核销",
    });
    expect(decideTransition("OPEN", "CLOSE", ["MANAGER"], true)).toMatchObject({
      ok: false,
      message: "只有已办结（待核销）的督办事项可以核销",
    });
  });

  it("refuses unknown statuses", () => {
    for (const e of FOLLOW_UP_EVENTS)
      expect(decideTransition("DELETED", e, ["MANAGER", "ASSIGNEE"], true).ok).toBe(false);
  });

  it("lists the events a viewer may fire", () => {
    expect(allowedEvents("OPEN", ["MANAGER"], false)).toEqual(["ASSIGN"]);
    expect(allowedEvents("OPEN", ["ASSIGNEE"], true)).toEqual(["NOTE"]);
    expect(allowedEvents("IN_PROGRESS", ["ASSIGNEE"], true)).toEqual(["NOTE", "RESOLVE"]);
    expect(allowedEvents("IN_PROGRESS", ["MANAGER", "ASSIGNEE"], true)).toEqual([
      "ASSIGN",
      "NOTE",
      "RESOLVE",
    ]);
    expect(allowedEvents("RESOLVED", ["MANAGER"], true)).toEqual(["CLOSE", "REOPEN"]);
    expect(allowedEvents("RESOLVED", ["ASSIGNEE"], true)).toEqual([]);
    expect(allowedEvents("CLOSED", ["MANAGER"], true)).toEqual(["REOPEN"]);
    expect(allowedEvents("CLOSED", [], true)).toEqual([]);
  });

  it("derives actor kinds from the manage permission and the assignee", () => {
    expect(actorKindsOf({ id: "u1", canManage: true }, { assigneeId: "u1" })).toEqual([
      "MANAGER",
      "ASSIGNEE",
    ]);
    expect(actorKindsOf({ id: "u1", canManage: false }, { assigneeId: "u1" })).toEqual([
      "ASSIGNEE",
    ]);
    expect(actorKindsOf({ id: "u1", canManage: false }, { assigneeId: "u2" })).toEqual([]);
    expect(actorKindsOf({ id: "u1", canManage: true }, { assigneeId: null })).toEqual(["MANAGER"]);
  });
});
