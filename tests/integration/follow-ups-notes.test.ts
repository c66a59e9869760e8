// The 督办 board on SQLite and PostgreSQL, notes, notifications and the
// overdue filter: notes stored encrypted, who is told of what, and overdue
// computed in the database and combined with the other filters.
// Shared people and builders: ./fixtures/follow-ups.ts.
import { describe, expect, it } from "vitest";

import { decryptText } from "@/lib/crypto";
import { db } from "@/lib/db";
import {
  assignFollowUp,
  postFollowUpProgress,
  reopenFollowUp,
  resolveFollowUp,
} from "@/lib/follow-ups/actions";
import { countFollowUps, getFollowUpDetail, listFollowUps } from "@/lib/follow-ups/queries";
import { FollowUpListFilter } from "@/lib/follow-ups/schemas";

import {
  assignee,
  DAY,
  future,
  makeFollowUp,
  office,
  office2,
  setupFollowUps,
  snapshot,
  viewer,
} from "./fixtures/follow-ups";
import { actAs, makeDepartment, makeUser } from "./helpers";

setupFollowUps();

describe("notes and notifications", () => {
  it("stores notes encrypted and shows them decrypted on the timeline", async () => {
    const f = await makeFollowUp({ status: "OPEN", assigneeId: assignee.id });
    const secret = "本人父亲住院，家中困难，已协调工会帮扶";
    await actAs(assignee);
    expect((await postFollowUpProgress({ id: f.id, note: secret })).ok).toBe(true);
    const rows = await db.$queryRawUnsafe<{ noteEnc: string | null }[]>(
      `SELECT "noteEnc" FROM "FollowUpUpdate" WHERE "followUpId" = '${f.id}' AND "kind" = 'STARTED'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].noteEnc).toMatch(/^v1:/);
    expect(rows[0].noteEnc).not.toContain("父亲");
    expect(decryptText(rows[0].noteEnc!)).toBe(secret);
    const detail = await getFollowUpDetail(await viewer(assignee), f.id);
    expect(detail?.timeline.find((t) => t.kind === "STARTED")).toMatchObject({
      note: secret,
      author: "承办人甲",
    });
    // The audit row names the change, never the note.
    expect(
      (await db.auditLog.findFirst({ where: { action: "followup.note", objectId: f.id } }))
        ?.detail ?? "",
    ).not.toContain("父亲");
  });

  it("refuses an over-long note with a field error", async () => {
    const f = await makeFollowUp({ status: "IN_PROGRESS", assigneeId: assignee.id });
    const before = await snapshot(f.id);
    await actAs(assignee);
    expect(await postFollowUpProgress({ id: f.id, note: "很".repeat(2001) })).toMatchObject({
      ok: false,
      fieldErrors: { note: "办理进展不能超过 2000 个字符" },
    });
    expect((await postFollowUpProgress({ id: f.id, note: "很".repeat(2000) })).ok).toBe(true);
    expect((await snapshot(f.id)).updates).toBe(before.updates + 1);
  });

  it("tells the assignee when assigned or reopened, and whoever assigned it when resolved", async () => {
    const f = await makeFollowUp({ status: "OPEN", createdById: office.id });
    await actAs(office2);
    expect(
      (
        await assignFollowUp({
          id: f.id,
          assigneeId: assignee.id,
          dueDate: future(),
          priority: "NORMAL",
        })
      ).ok,
    ).toBe(true);
    expect(
      await db.notification.count({
        where: {
          userId: assignee.id,
          link: `/follow-ups/${f.id}`,
          title: { startsWith: "督办交办" },
        },
      }),
    ).toBe(1);
    await actAs(assignee);
    expect((await postFollowUpProgress({ id: f.id, note: "已开始" })).ok).toBe(true);
    expect((await resolveFollowUp({ id: f.id, note: "已办结" })).ok).toBe(true);
    // office2 assigned it, not office who created it.
    expect(
      await db.notification.count({
        where: { userId: office2.id, link: `/follow-ups/${f.id}`, title: { contains: "待核销" } },
      }),
    ).toBe(1);
    expect(
      await db.notification.count({ where: { userId: office.id, link: `/follow-ups/${f.id}` } }),
    ).toBe(0);
    await actAs(office);
    expect((await reopenFollowUp({ id: f.id, note: "请补充材料" })).ok).toBe(true);
    expect(
      await db.notification.count({
        where: {
          userId: assignee.id,
          link: `/follow-ups/${f.id}`,
          title: { contains: "重新交办" },
        },
      }),
    ).toBe(1);
  });
});

describe("overdue", () => {
  it("filters overdue in the database: due date passed and still open or in progress", async () => {
    const dept = await makeDepartment();
    const worker = await makeUser({ departmentId: dept.id });
    const past = new Date(Date.now() - 3 * DAY);
    const mk = (status: string, dueDate: Date | null) =>
      makeFollowUp({ status, dueDate, assigneeId: worker.id, departmentId: dept.id });
    const late = [await mk("OPEN", past), await mk("IN_PROGRESS", past)];
    await mk("RESOLVED", past);
    await mk("CLOSED", past);
    await mk("OPEN", new Date(Date.now() + 3 * DAY));
    await mk("IN_PROGRESS", null);

    const v = await viewer(office);
    const overdue = await listFollowUps(
      v,
      FollowUpListFilter.parse({ departmentId: dept.id, overdue: "1" }),
    );
    expect(overdue.rows.map((r) => r.id).sort()).toEqual(late.map((f) => f.id).sort());
    expect(overdue.rows.every((r) => r.overdue)).toBe(true);
    const all = await listFollowUps(v, FollowUpListFilter.parse({ departmentId: dept.id }));
    expect(all.total).toBe(6);
    expect(all.rows.filter((r) => r.overdue)).toHaveLength(2);
    expect(await countFollowUps(await viewer(worker))).toEqual({
      active: 4,
      overdue: 2,
      resolved: 1,
    });
    // The same rows, seen from a fixed clock a week earlier, are not overdue yet.
    expect(
      (
        await listFollowUps(
          v,
          FollowUpListFilter.parse({ departmentId: dept.id, overdue: "1" }),
          new Date(Date.now() - 7 * DAY),
        )
      ).total,
    ).toBe(0);
  });

  it("combines with the other filters and pages by 20", async () => {
    const dept = await makeDepartment();
    for (let i = 0; i < 23; i++)
      await makeFollowUp({
        status: "OPEN",
        dueDate: new Date(Date.now() - DAY),
        departmentId: dept.id,
        sourceType: i % 2 ? "MEETING" : "MANUAL",
      });
    const v = await viewer(office);
    const p1 = await listFollowUps(
      v,
      FollowUpListFilter.parse({ departmentId: dept.id, overdue: "1" }),
    );
    expect([p1.total, p1.pages, p1.rows.length]).toEqual([23, 2, 20]);
    const p2 = await listFollowUps(
      v,
      FollowUpListFilter.parse({ departmentId: dept.id, overdue: "1", page: "2" }),
    );
    expect(p2.rows).toHaveLength(3);
    expect(
      (
        await listFollowUps(
          v,
          FollowUpListFilter.parse({ departmentId: dept.id, source: "MEETING" }),
        )
      ).total,
    ).toBe(11);
    expect(
      (
        await listFollowUps(
          v,
          FollowUpListFilter.parse({ departmentId: dept.id, status: "CLOSED", overdue: "1" }),
        )
      ).total,
    ).toBe(0);
    expect(
      (
        await listFollowUps(
          v,
          FollowUpListFilter.parse({ departmentId: dept.id, status: "ACTIVE" }),
        )
      ).total,
    ).toBe(23);
  });
});
