// The study log and its review on a real database, ownership: staff reach
// only their own entries (another's id → not found), a department head
// reviews only their own department's entries and never their own, 政治处
// everyone's but their own. Shared people and builders:
// ./fixtures/study-log.ts.
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { listTodos } from "@/lib/home/todos";
import {
  approveStudyLog,
  deleteStudyLog,
  returnStudyLog,
  updateStudyLog,
} from "@/lib/study/log/actions";
import { getLogForReview, getMyLog, listMyLogs, listReviewQueue } from "@/lib/study/log/queries";

import {
  alice,
  bob,
  carol,
  headA,
  headB,
  log,
  NOT_FOUND,
  office,
  session,
  setupStudyLog,
  today,
} from "./fixtures/study-log";
import { actAs, lastAudit } from "./helpers";

setupStudyLog();

describe("study log ownership (IDOR)", () => {
  it("lets staff read, edit and delete only their own entries; another's id is not found", async () => {
    const id = await log(alice, { title: "阿丽丝的读书记录" });
    expect((await getMyLog(await session(alice), id))?.title).toBe("阿丽丝的读书记录");

    const bobS = await session(bob);
    expect(await getMyLog(bobS, id)).toBeNull();
    expect((await listMyLogs(bobS, { page: 1 })).rows.map((r) => r.id)).not.toContain(id);
    await actAs(bob);
    expect(
      await updateStudyLog({
        id,
        kind: "READING",
        title: "改掉别人的",
        studiedOn: today,
        hours: "2",
      }),
    ).toEqual(NOT_FOUND);
    expect(await deleteStudyLog({ id })).toEqual(NOT_FOUND);
    expect(await lastAudit()).toMatchObject({
      action: "study.log.delete",
      result: "NOT_FOUND",
      userId: bob.id,
    });
    expect(await db.studyLog.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "阿丽丝的读书记录",
      tenths: 10,
      status: "SUBMITTED",
    });

    // Ordinary staff review nothing: the queue does not exist for them, and deciding is not found.
    expect(await listReviewQueue(bobS, { status: "SUBMITTED", page: 1 })).toBeNull();
    expect(await approveStudyLog({ id })).toEqual(NOT_FOUND);
    expect(await returnStudyLog({ id, comment: "越权退回" })).toEqual(NOT_FOUND);
    expect((await db.studyLog.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");

    // The owner edits and deletes while it awaits review.
    await actAs(alice);
    expect(
      await updateStudyLog({
        id,
        kind: "ONLINE",
        title: "改成网络学习",
        studiedOn: today,
        hours: "1.5",
      }),
    ).toMatchObject({ ok: true });
    expect(await db.studyLog.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "ONLINE",
      tenths: 15,
    });
    expect(await deleteStudyLog({ id })).toMatchObject({ ok: true });
    expect(await db.studyLog.count({ where: { id } })).toBe(0);
  });

  it("lets a head review only their own department's entries, never their own; 政治处 reviews everyone but themselves", async () => {
    const aliceLog = await log(alice, { title: "甲部门的学习" });
    const carolLog = await log(carol, { title: "乙部门的学习" });
    const headLog = await log(headA, { title: "负责人自己的学习" });
    const officeLog = await log(office, { title: "政治处自己的学习" });

    const hA = await session(headA);
    const queueA = (await listReviewQueue(hA, { status: "SUBMITTED", page: 1 }))!.rows.map(
      (r) => r.id,
    );
    expect(queueA).toContain(aliceLog);
    expect(queueA).not.toContain(carolLog);
    expect(queueA).not.toContain(headLog);
    expect(await getLogForReview(hA, carolLog)).toBeNull();
    expect(await getLogForReview(hA, headLog)).toBeNull();
    // The head's home page counts what waits for them; plain staff get no such item.
    expect((await listTodos(hA)).find((t) => t.key === "study-review")).toMatchObject({
      count: 1,
      href: "/study/review",
    });
    expect((await listTodos(await session(bob))).map((t) => t.key)).not.toContain("study-review");

    // head B cannot review department A's entry, even knowing its id.
    await actAs(headB);
    expect(await approveStudyLog({ id: aliceLog })).toEqual(NOT_FOUND);
    expect(await returnStudyLog({ id: aliceLog, comment: "跨部门退回" })).toEqual(NOT_FOUND);
    expect((await db.studyLog.findUniqueOrThrow({ where: { id: aliceLog } })).status).toBe(
      "SUBMITTED",
    );
    await actAs(headA);
    expect(await approveStudyLog({ id: headLog })).toEqual(NOT_FOUND);

    const po = await session(office);
    const all = (await listReviewQueue(po, { status: "SUBMITTED", page: 1 }))!.rows.map(
      (r) => r.id,
    );
    expect(all).toEqual(expect.arrayContaining([aliceLog, carolLog, headLog]));
    expect(all).not.toContain(officeLog);
    await actAs(office);
    expect(await approveStudyLog({ id: officeLog })).toEqual(NOT_FOUND);
    expect(await approveStudyLog({ id: headLog })).toMatchObject({
      ok: true,
      data: { status: "APPROVED" },
    });

    // head A approves their department's entry; a second decision is refused.
    await actAs(headA);
    expect(await approveStudyLog({ id: aliceLog })).toMatchObject({ ok: true });
    expect(await db.studyLog.findUniqueOrThrow({ where: { id: aliceLog } })).toMatchObject({
      status: "APPROVED",
      reviewedById: headA.id,
    });
    expect(await approveStudyLog({ id: aliceLog })).toMatchObject({
      ok: false,
      message: "该学习记录已审核，不能重复审核",
    });

    // An approved entry is fixed for its owner.
    await actAs(alice);
    expect(
      await updateStudyLog({
        id: aliceLog,
        kind: "READING",
        title: "改",
        studiedOn: today,
        hours: "3",
      }),
    ).toMatchObject({ ok: false, message: "已通过审核的学习记录不能修改" });
    expect(await deleteStudyLog({ id: aliceLog })).toMatchObject({
      ok: false,
      message: "已通过审核的学习记录不能删除",
    });
    expect(await db.studyLog.findUniqueOrThrow({ where: { id: aliceLog } })).toMatchObject({
      tenths: 10,
      status: "APPROVED",
    });
  });
});
