// The 督办 board on SQLite and PostgreSQL, its state machine through the real
// actions: every transition legal and illegal for 政治处 and the assignee, the
// resolved and closed times, reassignment, required notes and two concurrent
// closes. Shared people and builders: ./fixtures/follow-ups.ts.
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import {
  assignFollowUp,
  closeFollowUp,
  postFollowUpProgress,
  reopenFollowUp,
  resolveFollowUp,
} from "@/lib/follow-ups/actions";
import { getFollowUpDetail } from "@/lib/follow-ups/queries";
import { toDateInput } from "@/lib/format";

import {
  assignee,
  future,
  makeFollowUp,
  next,
  office,
  setupFollowUps,
  snapshot,
  viewer,
} from "./fixtures/follow-ups";
import { actAs, lastAudit } from "./helpers";

setupFollowUps();

type Event = "ASSIGN" | "NOTE" | "RESOLVE" | "CLOSE" | "REOPEN";
const STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"] as const;
const EVENTS: Event[] = ["ASSIGN", "NOTE", "RESOLVE", "CLOSE", "REOPEN"];

// Written out independently of lib/follow-ups/state.ts.
const LEGAL: Record<string, { to: string; kind: string }> = {
  "MANAGER:OPEN:ASSIGN": { to: "OPEN", kind: "ASSIGNED" },
  "MANAGER:IN_PROGRESS:ASSIGN": { to: "IN_PROGRESS", kind: "ASSIGNED" },
  "MANAGER:RESOLVED:CLOSE": { to: "CLOSED", kind: "CLOSED" },
  "MANAGER:RESOLVED:REOPEN": { to: "IN_PROGRESS", kind: "REOPENED" },
  "MANAGER:CLOSED:REOPEN": { to: "IN_PROGRESS", kind: "REOPENED" },
  "ASSIGNEE:OPEN:NOTE": { to: "IN_PROGRESS", kind: "STARTED" },
  "ASSIGNEE:IN_PROGRESS:NOTE": { to: "IN_PROGRESS", kind: "NOTE" },
  "ASSIGNEE:IN_PROGRESS:RESOLVE": { to: "RESOLVED", kind: "RESOLVED" },
};

function fire(event: Event, id: string) {
  switch (event) {
    case "ASSIGN":
      return assignFollowUp({
        id,
        assigneeId: next.id,
        dueDate: future(20),
        priority: "HIGH",
        note: "改派说明",
      });
    case "NOTE":
      return postFollowUpProgress({ id, note: "已谈心谈话一次" });
    case "RESOLVE":
      return resolveFollowUp({ id, note: "已办结" });
    case "CLOSE":
      return closeFollowUp({ id, note: "核销" });
    case "REOPEN":
      return reopenFollowUp({ id, note: "请继续跟进" });
  }
}

const cases = (["MANAGER", "ASSIGNEE"] as const).flatMap((actor) =>
  STATUSES.flatMap((status) => EVENTS.map((event) => ({ actor, status, event }))),
);

describe("every transition, legal and illegal", () => {
  it.each(cases)("$actor: $status + $event", async ({ actor, status, event }) => {
    const f = await makeFollowUp({ status, assigneeId: assignee.id });
    const before = await snapshot(f.id);
    await actAs(actor === "MANAGER" ? office : assignee);
    const res = await fire(event, f.id);
    const legal = LEGAL[`${actor}:${status}:${event}`];
    const after = await snapshot(f.id);
    if (legal) {
      expect(res).toMatchObject({ ok: true, data: { id: f.id, status: legal.to } });
      expect(after.row.status).toBe(legal.to);
      expect(after.updates).toBe(before.updates + 1);
      const last = await db.followUpUpdate.findFirstOrThrow({
        where: { followUpId: f.id },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
      expect(last).toMatchObject({
        kind: legal.kind,
        authorId: actor === "MANAGER" ? office.id : assignee.id,
      });
      expect(await lastAudit()).toMatchObject({
        result: "SUCCESS",
        objectType: "FollowUp",
        objectId: f.id,
      });
    } else {
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(after).toEqual(before);
    }
  });

  it("records when a follow-up was resolved and closed, and clears both on reopening", async () => {
    const f = await makeFollowUp({ status: "IN_PROGRESS", assigneeId: assignee.id });
    await actAs(assignee);
    expect((await resolveFollowUp({ id: f.id, note: "已办结" })).ok).toBe(true);
    await actAs(office);
    expect((await closeFollowUp({ id: f.id })).ok).toBe(true);
    expect((await snapshot(f.id)).row).toMatchObject({
      status: "CLOSED",
      resolvedAt: expect.any(Date),
      closedAt: expect.any(Date),
    });
    expect((await reopenFollowUp({ id: f.id, note: "回访发现反复" })).ok).toBe(true);
    expect((await snapshot(f.id)).row).toMatchObject({
      status: "IN_PROGRESS",
      resolvedAt: null,
      closedAt: null,
    });
  });

  it("reopens to OPEN when nobody is assigned", async () => {
    const f = await makeFollowUp({ status: "CLOSED", assigneeId: null });
    await actAs(office);
    expect(await reopenFollowUp({ id: f.id, note: "需要重新分派" })).toMatchObject({
      ok: true,
      data: { status: "OPEN" },
    });
  });

  it("assigning keeps the state and changes who, by when and how urgent", async () => {
    const f = await makeFollowUp({ status: "IN_PROGRESS", assigneeId: assignee.id });
    await actAs(office);
    expect(
      (await assignFollowUp({ id: f.id, assigneeId: next.id, dueDate: future(7), priority: "LOW" }))
        .ok,
    ).toBe(true);
    const row = (await snapshot(f.id)).row;
    expect(row).toMatchObject({ status: "IN_PROGRESS", assigneeId: next.id, priority: "LOW" });
    expect(toDateInput(row.dueDate)).toBe(future(7));
    // The previous assignee no longer sees it.
    expect(await getFollowUpDetail(await viewer(assignee), f.id)).toBeNull();
  });

  it("needs a reason to reopen and a text to resolve", async () => {
    const f = await makeFollowUp({ status: "RESOLVED", assigneeId: assignee.id });
    await actAs(office);
    expect(await reopenFollowUp({ id: f.id, note: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { note: "请填写重新交办理由" },
    });
    const g = await makeFollowUp({ status: "IN_PROGRESS", assigneeId: assignee.id });
    await actAs(assignee);
    expect(await resolveFollowUp({ id: g.id })).toMatchObject({
      ok: false,
      fieldErrors: { note: "请填写办结情况" },
    });
    expect((await snapshot(f.id)).row.status).toBe("RESOLVED");
    expect((await snapshot(g.id)).row.status).toBe("IN_PROGRESS");
  });

  it("lets exactly one of two concurrent closes through", async () => {
    const f = await makeFollowUp({ status: "RESOLVED", assigneeId: assignee.id });
    await actAs(office);
    const results = await Promise.all([
      closeFollowUp({ id: f.id, note: "一" }),
      closeFollowUp({ id: f.id, note: "二" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/已核销|他人处理/),
    });
    expect(await db.followUpUpdate.count({ where: { followUpId: f.id, kind: "CLOSED" } })).toBe(1);
  });
});
