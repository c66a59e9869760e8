// The 督办 board on SQLite and PostgreSQL, follow-ups and their sources: the
// link to a staff-of-concern entry's report only for viewers who may read it,
// an audit row for reading any follow-up, and links to meetings and
// deployments. Shared people and builders: ./fixtures/follow-ups.ts.
import { describe, expect, it } from "vitest";

import FollowUpPage from "@/app/(portal)/follow-ups/[id]/page";
import { encryptText } from "@/lib/crypto";
import { db } from "@/lib/db";
import { getFollowUpDetail } from "@/lib/follow-ups/queries";

import { assignee, makeFollowUp, office, setupFollowUps, viewer } from "./fixtures/follow-ups";
import { actAs, lastAudit, makeDepartment, makeUser } from "./helpers";

setupFollowUps();

describe("follow-ups from a staff-of-concern entry", () => {
  async function concernFollowUp(deptId: string, assigneeId: string) {
    const author = await makeUser({ roles: ["LIAISON"], departmentId: deptId });
    const person = await makeUser({ departmentId: deptId });
    const report = await db.liaisonReport.create({
      data: {
        departmentId: deptId,
        kind: "ADHOC",
        authorId: author.id,
        status: "REVIEWED",
        mood: 3,
        stability: "FLUCTUATING",
      },
    });
    const concern = await db.staffConcern.create({
      data: {
        reportId: report.id,
        personId: person.id,
        kind: "FAMILY",
        descriptionEnc: encryptText("家庭困难"),
        suggestionEnc: encryptText("帮扶"),
      },
    });
    const f = await makeFollowUp({
      sourceType: "CONCERN",
      concernId: concern.id,
      departmentId: deptId,
      assigneeId,
      status: "IN_PROGRESS",
    });
    return { report, f };
  }

  it("links the report only for viewers who may read it, and audits each read", async () => {
    const deptA = await makeDepartment();
    const deptB = await makeDepartment();
    const headA = await makeUser({ roles: ["DEPT_HEAD"], departmentId: deptA.id });
    const headB = await makeUser({ roles: ["DEPT_HEAD"], departmentId: deptB.id });
    const staffA = await makeUser({ departmentId: deptA.id });

    const a = await concernFollowUp(deptA.id, headA.id);
    expect((await getFollowUpDetail(await viewer(headA), a.f.id))?.sourceLink).toEqual({
      href: `/reports/${a.report.id}`,
      label: "查看思想动态报告",
    });
    expect((await getFollowUpDetail(await viewer(office), a.f.id))?.sourceLink?.href).toBe(
      `/reports/${a.report.id}`,
    );

    // The head of another department, assigned the follow-up, sees it but not the report.
    const b = await concernFollowUp(deptA.id, headB.id);
    const seenByB = await getFollowUpDetail(await viewer(headB), b.f.id);
    expect(seenByB).not.toBeNull();
    expect(seenByB?.sourceLink).toBeNull();
    const c = await concernFollowUp(deptA.id, staffA.id);
    expect((await getFollowUpDetail(await viewer(staffA), c.f.id))?.sourceLink).toBeNull();

    await actAs(headA);
    await FollowUpPage({ params: Promise.resolve({ id: a.f.id }) });
    expect(await lastAudit()).toMatchObject({
      action: "followup.read",
      result: "SUCCESS",
      userId: headA.id,
      objectType: "FollowUp",
      objectId: a.f.id,
    });
  });

  it("audits reading any follow-up: timeline notes are confidential whatever the source", async () => {
    const f = await makeFollowUp({ assigneeId: assignee.id });
    await actAs(assignee);
    const before = await db.auditLog.count({ where: { action: "followup.read" } });
    await FollowUpPage({ params: Promise.resolve({ id: f.id }) });
    expect(await db.auditLog.count({ where: { action: "followup.read" } })).toBe(before + 1);
    expect(
      await db.auditLog.findFirst({
        where: { action: "followup.read", objectId: f.id },
        orderBy: { seq: "desc" },
      }),
    ).toMatchObject({ userId: assignee.id, result: "SUCCESS" });
  });

  it("links meetings and deployments for everyone with direction.read, only when the record exists", async () => {
    const meeting = await db.meeting.create({
      data: { type: "DANGZU", title: "党组会", heldAt: new Date(), createdById: office.id },
    });
    const m = await db.followUp.create({
      data: {
        title: "会议决定事项",
        sourceType: "MEETING",
        sourceId: meeting.id,
        assigneeId: assignee.id,
      },
    });
    const gone = await db.followUp.create({
      data: {
        title: "来源已删除",
        sourceType: "MEETING",
        sourceId: "cknotarealmeeting0000000",
        assigneeId: assignee.id,
      },
    });
    const v = await viewer(assignee);
    expect((await getFollowUpDetail(v, m.id))?.sourceLink).toEqual({
      href: `/direction/meetings/${meeting.id}`,
      label: "查看会议",
    });
    expect((await getFollowUpDetail(v, gone.id))?.sourceLink).toBeNull();
  });
});
