// The 督办 board on SQLite and PostgreSQL, object-level scoping through the
// real queries and pages: a follow-up that is not yours is "not found",
// 政治处 sees everything and alone closes, SYS_ADMIN and AUDITOR are kept out.
// Shared people and builders: ./fixtures/follow-ups.ts.
import { describe, expect, it } from "vitest";

import FollowUpPage from "@/app/(portal)/follow-ups/[id]/page";
import FollowUpsPage from "@/app/(portal)/follow-ups/page";
import {
  closeFollowUp,
  postFollowUpProgress,
  reopenFollowUp,
  resolveFollowUp,
} from "@/lib/follow-ups/actions";
import { getFollowUpDetail, listFollowUps } from "@/lib/follow-ups/queries";
import { FollowUpListFilter } from "@/lib/follow-ups/schemas";

import {
  assignee,
  makeFollowUp,
  NOT_FOUND,
  office,
  office2,
  other,
  setupFollowUps,
  snapshot,
  viewer,
} from "./fixtures/follow-ups";
import { actAs, lastAudit, makeDepartment, makeUser } from "./helpers";

setupFollowUps();

/** Finds the first `prop` in a returned React element tree. */
function findProp(node: unknown, prop: string): unknown {
  if (!node || typeof node !== "object") return undefined;
  if (Array.isArray(node)) {
    for (const n of node) {
      const v = findProp(n, prop);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  const props = (node as { props?: Record<string, unknown> }).props;
  if (!props) return undefined;
  if (prop in props) return props[prop];
  return findProp(props.children, prop);
}

describe("object-level access", () => {
  it("shows a STAFF user only the follow-ups assigned to them; anything else is not found", async () => {
    const mine = await makeFollowUp({ assigneeId: assignee.id, title: "我的事项" });
    const theirs = await makeFollowUp({
      status: "IN_PROGRESS",
      assigneeId: other.id,
      title: "别人的事项",
    });
    const v = await viewer(assignee);
    expect(await getFollowUpDetail(v, mine.id)).not.toBeNull();
    expect(await getFollowUpDetail(v, theirs.id)).toBeNull();
    const list = await listFollowUps(v, FollowUpListFilter.parse({ assigneeId: other.id }));
    expect(list.rows.every((r) => r.assignee === "承办人甲")).toBe(true);
    expect(list.rows.map((r) => r.id)).toContain(mine.id);
    expect(list.rows.map((r) => r.id)).not.toContain(theirs.id);

    // The page answers 404, and the attempt is audited.
    await expect(FollowUpPage({ params: Promise.resolve({ id: theirs.id }) })).rejects.toThrow(
      "NEXT_NOT_FOUND",
    );
    expect(await lastAudit()).toMatchObject({
      action: "followup.read",
      result: "NOT_FOUND",
      userId: assignee.id,
      objectId: theirs.id,
    });
    await expect(
      FollowUpPage({ params: Promise.resolve({ id: "cknotarealid000000000000" }) }),
    ).rejects.toThrow("NEXT_NOT_FOUND");

    // Acting on it is not found too, and changes nothing.
    const before = await snapshot(theirs.id);
    await actAs(assignee);
    expect(await postFollowUpProgress({ id: theirs.id, note: "冒名进展" })).toMatchObject({
      ok: false,
      message: NOT_FOUND,
    });
    expect(await lastAudit()).toMatchObject({ action: "followup.note", result: "NOT_FOUND" });
    expect(await resolveFollowUp({ id: theirs.id, note: "冒名办结" })).toMatchObject({
      ok: false,
      message: NOT_FOUND,
    });
    expect(await snapshot(theirs.id)).toEqual(before);
  });

  it("titles the page 我的督办 for everyone but 政治处", async () => {
    await actAs(assignee);
    expect(findProp(await FollowUpsPage({ searchParams: Promise.resolve({}) }), "title")).toBe(
      "我的督办",
    );
    await actAs(office);
    expect(findProp(await FollowUpsPage({ searchParams: Promise.resolve({}) }), "title")).toBe(
      "督办事项",
    );
  });

  it("lets 政治处 see and filter every follow-up", async () => {
    const theirs = await makeFollowUp({ assigneeId: other.id });
    const v = await viewer(office2);
    expect(await getFollowUpDetail(v, theirs.id)).not.toBeNull();
    const list = await listFollowUps(v, FollowUpListFilter.parse({ assigneeId: other.id }));
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.every((r) => r.assignee === "无关干警")).toBe(true);
  });

  it("keeps SYS_ADMIN and AUDITOR out entirely", async () => {
    const f = await makeFollowUp({ status: "RESOLVED", assigneeId: assignee.id });
    for (const roles of [["SYS_ADMIN"], ["AUDITOR"]] as const) {
      await actAs(await makeUser({ roles: [...roles] }));
      await expect(FollowUpPage({ params: Promise.resolve({ id: f.id }) })).rejects.toThrow(
        "NEXT_NOT_FOUND",
      );
      expect(await closeFollowUp({ id: f.id })).toMatchObject({
        ok: false,
        message: "您没有执行此操作的权限",
      });
    }
    expect((await snapshot(f.id)).row.status).toBe("RESOLVED");
  });

  it("refuses a close by anyone but 政治处 with a clear message, and changes nothing", async () => {
    const dept = await makeDepartment();
    const head = await makeUser({ roles: ["DEPT_HEAD"], departmentId: dept.id });
    const leader = await makeUser({ roles: ["LEADER"] });
    for (const u of [head, leader, assignee]) {
      const f = await makeFollowUp({ status: "RESOLVED", assigneeId: u.id, departmentId: dept.id });
      const before = await snapshot(f.id);
      await actAs(u);
      expect(await closeFollowUp({ id: f.id, note: "自行核销" })).toEqual({
        ok: false,
        message: "只有政治处可以核销督办事项",
      });
      expect(await lastAudit()).toMatchObject({
        action: "followup.close",
        result: "DENIED",
        userId: u.id,
      });
      expect(await reopenFollowUp({ id: f.id, note: "自行重开" })).toEqual({
        ok: false,
        message: "只有政治处可以重新交办督办事项",
      });
      expect(await snapshot(f.id)).toEqual(before);
    }
  });

  it("keeps 政治处 from posting the assignee's progress", async () => {
    const f = await makeFollowUp({ status: "IN_PROGRESS", assigneeId: assignee.id });
    await actAs(office);
    expect(await postFollowUpProgress({ id: f.id, note: "代填" })).toEqual({
      ok: false,
      message: "只有承办人可以填写办理进展",
    });
    expect(await resolveFollowUp({ id: f.id, note: "代办结" })).toEqual({
      ok: false,
      message: "只有承办人可以办结督办事项",
    });
    expect((await snapshot(f.id)).row.status).toBe("IN_PROGRESS");
  });
});
