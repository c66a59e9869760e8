// Study activities on a real database: expected attendees fixed from the
// scope and notified; who sees an activity (others get not found); attendance
// saved in one action by the organiser only, a person outside the scope
// rejecting the whole save; materials checked from their bytes, stored in a
// temporary UPLOAD_DIR with EXIF stripped, and downloaded only by those who
// may see the activity; campaign figures equal to a hand count.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as download } from "@/app/api/attachments/[id]/route";
import type { ActionResult } from "@/lib/action";
import { UPLOAD_MESSAGES } from "@/lib/attachments/types";
import { loadSessionUser } from "@/lib/auth/session";
import { ANON_DENIAL_WINDOW } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import {
  createStudyActivity,
  deleteActivityMaterial,
  deleteStudyActivity,
  recordStudyAttendance,
  updateStudyActivity,
  uploadActivityMaterial,
} from "@/lib/study/activities/actions";
import { getActivity, listActivities } from "@/lib/study/activities/queries";
import { ACTIVITY_MESSAGES } from "@/lib/study/activities/schemas";
import { createStudyCampaign } from "@/lib/study/campaigns/actions";
import { getStudyCampaign, listStudyCampaigns } from "@/lib/study/campaigns/queries";

import { makeDocx, makeJpegWithExif, makePdf } from "../support/files";
import { actAnonymously, actAs, lastAudit, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";
import { testRequest } from "./setup";

type U = { id: string; realName: string };
let uploadDir: string;
let deptA: { id: string };
let deptB: { id: string };
let office: U,
  leader: U,
  headA: U,
  headB: U,
  a1: U,
  a2: U,
  b1: U,
  organiser: U,
  disabled: U,
  admin: U;
const activityIds: string[] = [];
const campaignIds: string[] = [];
const NOT_FOUND = "记录不存在或您无权查看";
const day = (offset: number, hh = "14:30") => {
  const d = new Date(Date.now() + offset * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  return `${d}T${hh}`;
};

async function session(u: { id: string }) {
  return (await loadSessionUser(await actAs(u)))!;
}

function idOf(r: ActionResult<{ id: string }>): string {
  expect(r).toMatchObject({ ok: true });
  return dataOf(r).id;
}

/** 政治处 creates an activity for department A, organised by someone in B. */
async function newActivity(extra: Record<string, unknown> = {}) {
  await actAs(office);
  const id = idOf(
    await createStudyActivity({
      type: "SEMINAR",
      title: `专题辅导${activityIds.length}`,
      heldAt: day(-1),
      organiserId: organiser.id,
      scopeType: "DEPARTMENTS",
      departmentIds: [deptA.id],
      location: "第一会议室",
      ...extra,
    }),
  );
  activityIds.push(id);
  return id;
}

/** A browser-like File over a copy of the bytes. */
function fileOf(bytes: Uint8Array, name: string, opts: { type?: string } = {}) {
  return new File([new Uint8Array(bytes)], name, opts);
}

function uploadForm(activityId: string, file: File) {
  const fd = new FormData();
  fd.set("activityId", activityId);
  fd.set("file", file);
  return fd;
}

async function storedFiles() {
  return (await readdir(uploadDir).catch(() => [])).sort();
}

function get(id: string) {
  return download(new Request(`http://localhost/api/attachments/${id}`), {
    params: Promise.resolve({ id }),
  });
}

beforeAll(async () => {
  uploadDir = path.join(
    await mkdtemp(path.join(os.tmpdir(), "sizheng-uploads-")),
    "nested",
    "uploads",
  );
  process.env.UPLOAD_DIR = uploadDir;
  deptA = await makeDepartment();
  deptB = await makeDepartment();
  office = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  leader = await makeUser({ roles: ["LEADER"] });
  headA = await makeUser({ roles: ["DEPT_HEAD"], departmentId: deptA.id });
  headB = await makeUser({ roles: ["DEPT_HEAD"], departmentId: deptB.id });
  await db.department.update({ where: { id: deptA.id }, data: { headId: headA.id } });
  await db.department.update({ where: { id: deptB.id }, data: { headId: headB.id } });
  a1 = await makeUser({ departmentId: deptA.id });
  a2 = await makeUser({ departmentId: deptA.id });
  disabled = await makeUser({ departmentId: deptA.id, status: "DISABLED" });
  admin = await makeUser({ departmentId: deptA.id, roles: ["SYS_ADMIN"] });
  b1 = await makeUser({ departmentId: deptB.id });
  organiser = await makeUser({ departmentId: deptB.id });
});

afterAll(async () => {
  await db.attachment.deleteMany({
    where: { ownerType: "StudyActivity", ownerId: { in: activityIds } },
  });
  await db.studyActivity.deleteMany({ where: { id: { in: activityIds } } });
  await db.studyCampaign.deleteMany({ where: { id: { in: campaignIds } } });
  await rm(path.dirname(path.dirname(uploadDir)), { recursive: true, force: true });
  delete process.env.UPLOAD_DIR;
});

describe("creating activities", () => {
  it("fixes the expected attendees from the scope (active business users only) and notifies each", async () => {
    const id = await newActivity({ title: "理想信念教育", type: "EDUCATION", theme: "IDEALS" });
    const rows = await db.studyAttendance.findMany({
      where: { activityId: id },
      select: { userId: true, status: true },
    });
    expect(rows.map((r) => r.userId).sort()).toEqual([headA.id, a1.id, a2.id].sort());
    expect(rows.every((r) => r.status === null)).toBe(true);
    expect(await db.studyActivity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      type: "EDUCATION",
      theme: "IDEALS",
      scopeType: "DEPARTMENTS",
      scopeValue: JSON.stringify([deptA.id]),
      organiserId: organiser.id,
      createdById: office.id,
      recordedAt: null,
    });
    for (const u of [headA, a1, a2]) {
      expect(
        await db.notification.findFirst({
          where: { userId: u.id, link: `/study/activities/${id}` },
        }),
      ).toMatchObject({ title: "您有一项学习活动：理想信念教育" });
    }
    expect(
      await db.notification.findFirst({
        where: { userId: organiser.id, link: `/study/activities/${id}` },
      }),
    ).toMatchObject({ title: "您被指定为学习活动组织人：理想信念教育" });
    expect(
      await db.notification.count({
        where: { userId: { in: [disabled.id, admin.id, b1.id] }, link: `/study/activities/${id}` },
      }),
    ).toBe(0);
    expect(await lastAudit()).toMatchObject({
      action: "study.activity.create",
      result: "SUCCESS",
      objectId: id,
    });
  });

  it("refuses bad input and non-managers with Chinese errors, writing nothing", async () => {
    const before = await db.studyActivity.count();
    const notesBefore = await db.notification.count();
    const ok = {
      type: "SEMINAR",
      title: "x",
      heldAt: day(1),
      organiserId: organiser.id,
      scopeType: "DEPARTMENTS",
      departmentIds: [deptA.id],
    };
    await actAs(office);
    expect(await createStudyActivity({ ...ok, type: "EDUCATION" })).toMatchObject({
      ok: false,
      fieldErrors: { theme: "教育培训须选择教育主题" },
    });
    expect(await createStudyActivity({ ...ok, theme: "ETHICS" })).toMatchObject({
      ok: false,
      fieldErrors: { theme: "只有教育培训类活动设置教育主题" },
    });
    expect(
      await createStudyActivity({ ...ok, scopeType: "USERS", attendeeIds: [a1.id, disabled.id] }),
    ).toMatchObject({ ok: false, fieldErrors: { attendeeIds: ACTIVITY_MESSAGES.attendeeInvalid } });
    expect(
      await createStudyActivity({ ...ok, scopeType: "USERS", attendeeIds: [admin.id] }),
    ).toMatchObject({ ok: false, fieldErrors: { attendeeIds: ACTIVITY_MESSAGES.attendeeInvalid } });
    expect(await createStudyActivity({ ...ok, organiserId: disabled.id })).toMatchObject({
      ok: false,
      fieldErrors: { organiserId: ACTIVITY_MESSAGES.organiserInvalid },
    });
    expect(await createStudyActivity({ ...ok, departmentIds: ["c-no-such-dept"] })).toMatchObject({
      ok: false,
      fieldErrors: { departmentIds: ACTIVITY_MESSAGES.departmentInvalid },
    });
    const empty = await makeDepartment();
    expect(await createStudyActivity({ ...ok, departmentIds: [empty.id] })).toMatchObject({
      ok: false,
      fieldErrors: { scopeType: ACTIVITY_MESSAGES.noAttendees },
    });
    await db.department.delete({ where: { id: empty.id } });
    for (const u of [a1, headA, leader]) {
      await actAs(u);
      expect(await createStudyActivity(ok)).toMatchObject({
        ok: false,
        message: "您没有执行此操作的权限",
      });
    }
    expect(await db.studyActivity.count()).toBe(before);
    expect(await db.notification.count()).toBe(notesBefore);
  });
});

describe("editing and deleting activities", () => {
  it("lets 政治处 edit the details but not the scope, notifying attendees of a new time or place", async () => {
    const id = await newActivity({ title: "待修改的讲座", heldAt: day(3) });
    await actAs(office);
    const base = {
      id,
      type: "SEMINAR",
      title: "已修改的讲座",
      heldAt: day(3),
      organiserId: organiser.id,
      location: "第一会议室",
      description: "",
    };
    expect(await updateStudyActivity(base)).toMatchObject({
      ok: true,
      data: { changed: ["title"] },
    });
    expect(
      await db.notification.count({
        where: {
          link: `/study/activities/${id}`,
          title: { startsWith: "学习活动时间或地点已变更" },
        },
      }),
    ).toBe(0);
    expect(
      await updateStudyActivity({
        ...base,
        heldAt: day(4, "09:00"),
        location: "第二会议室",
        scopeType: "ALL",
        departmentIds: [deptB.id],
      }),
    ).toMatchObject({ ok: true, data: { changed: ["heldAt", "location"] } });
    for (const u of [headA, a1, a2]) {
      expect(
        await db.notification.findFirst({
          where: {
            userId: u.id,
            link: `/study/activities/${id}`,
            title: "学习活动时间或地点已变更：已修改的讲座",
          },
        }),
      ).toMatchObject({ body: expect.stringContaining("第二会议室") });
    }
    // The scope stayed as created.
    expect(await db.studyActivity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "已修改的讲座",
      location: "第二会议室",
      scopeType: "DEPARTMENTS",
      scopeValue: JSON.stringify([deptA.id]),
    });
    expect(
      (await db.studyAttendance.findMany({ where: { activityId: id } }))
        .map((r) => r.userId)
        .sort(),
    ).toEqual([headA.id, a1.id, a2.id].sort());

    // Bad input and non-managers change nothing.
    expect(await updateStudyActivity({ ...base, type: "EDUCATION" })).toMatchObject({
      ok: false,
      fieldErrors: { theme: "教育培训须选择教育主题" },
    });
    expect(await updateStudyActivity({ ...base, title: "" })).toMatchObject({
      ok: false,
      fieldErrors: { title: expect.any(String) },
    });
    expect(await updateStudyActivity({ ...base, id: "no-such-activity" })).toMatchObject({
      ok: false,
      message: NOT_FOUND,
    });
    await actAs(organiser);
    expect(await updateStudyActivity({ ...base, title: "组织人改名" })).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    expect(await db.studyActivity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "已修改的讲座",
      type: "SEMINAR",
    });
  });

  it("deletes an activity with no attendance recorded, its materials' files after the commit, telling attendees of an upcoming one", async () => {
    const id = await newActivity({ title: "将取消的座谈会", type: "FORUM", heldAt: day(2) });
    await actAs(organiser);
    expect(
      await uploadActivityMaterial(uploadForm(id, fileOf(makePdf(), "议程.pdf"))),
    ).toMatchObject({ ok: true });
    const before = await storedFiles();
    await actAs(office);
    expect(await deleteStudyActivity({ id })).toMatchObject({ ok: true });
    expect(await db.studyActivity.findUnique({ where: { id } })).toBeNull();
    expect(await db.studyAttendance.count({ where: { activityId: id } })).toBe(0);
    expect(await db.attachment.count({ where: { ownerType: "StudyActivity", ownerId: id } })).toBe(
      0,
    );
    expect((await storedFiles()).length).toBe(before.length - 1);
    expect(
      await db.notification.findFirst({
        where: { userId: a1.id, title: "学习活动已取消：将取消的座谈会" },
      }),
    ).not.toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "study.activity.delete",
      result: "SUCCESS",
      objectId: id,
    });
  });

  it("refuses to delete once attendance is recorded, and refuses non-managers", async () => {
    const id = await newActivity({ title: "已考勤的党课", type: "PARTY_LECTURE" });
    await actAs(organiser);
    expect(await deleteStudyActivity({ id })).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    expect(
      await recordStudyAttendance({
        activityId: id,
        entries: [{ userId: a1.id, status: "PRESENT" }],
      }),
    ).toMatchObject({ ok: true });
    await actAs(office);
    expect(await deleteStudyActivity({ id })).toEqual({
      ok: false,
      message: "本次活动已登记考勤，考勤已计入学习积分，不能删除",
    });
    expect(await db.studyActivity.findUnique({ where: { id } })).not.toBeNull();
  });
});

describe("visibility", () => {
  it("shows an activity to attendees, the organiser, 政治处, 院领导 and the head of an attendee's department; others get not found", async () => {
    const id = await newActivity();
    const seen = async (u: U) => (await getActivity(await session(u), id)) !== null;
    const listed = async (u: U) =>
      (await listActivities(await session(u), { page: 1 })).rows.some((r) => r.id === id);
    for (const u of [a1, a2, headA, organiser, office, leader]) {
      expect(await seen(u)).toBe(true);
      expect(await listed(u)).toBe(true);
    }
    for (const u of [b1, headB, admin]) {
      expect(await seen(u)).toBe(false);
      expect(await listed(u)).toBe(false);
    }

    // Rows: everyone's for the organiser and 政治处; the department's for its head; one's own otherwise.
    const rowsOf = async (u: U) =>
      (await getActivity(await session(u), id))!.rows.map((r) => r.userId).sort();
    expect(await rowsOf(organiser)).toEqual([headA.id, a1.id, a2.id].sort());
    expect(await rowsOf(leader)).toEqual([headA.id, a1.id, a2.id].sort());
    expect(await rowsOf(headA)).toEqual([headA.id, a1.id, a2.id].sort());
    expect(await rowsOf(a1)).toEqual([a1.id]);
    const forA1 = (await getActivity(await session(a1), id))!;
    expect(forA1).toMatchObject({
      canRecord: false,
      rowsScope: "own",
      tally: { expected: 3, unrecorded: 3 },
    });
    expect((await getActivity(await session(organiser), id))!.canRecord).toBe(true);
  });
});

describe("recording attendance", () => {
  it("rejects a person outside the scope: the whole save, nothing written", async () => {
    const id = await newActivity();
    await actAs(organiser);
    const res = await recordStudyAttendance({
      activityId: id,
      entries: [
        { userId: a1.id, status: "PRESENT" },
        { userId: a2.id, status: "PRESENT" },
        { userId: b1.id, status: "PRESENT" },
      ],
    });
    expect(res).toEqual({ ok: false, message: "有 1 人不在本次活动的应到人员范围内，考勤未保存" });
    expect(
      await recordStudyAttendance({
        activityId: id,
        entries: [
          { userId: a1.id, status: "PRESENT" },
          { userId: a1.id, status: "LEAVE" },
        ],
      }),
    ).toEqual({ ok: false, message: ACTIVITY_MESSAGES.duplicate });
    expect(
      await db.studyAttendance.count({
        where: {
          activityId: id,
          OR: [
            { status: { not: null } },
            { recordedAt: { not: null } },
            { recordedById: { not: null } },
          ],
        },
      }),
    ).toBe(0);
    expect(await db.studyAttendance.count({ where: { activityId: id, userId: b1.id } })).toBe(0);
    expect((await db.studyActivity.findUniqueOrThrow({ where: { id } })).recordedAt).toBeNull();
  });

  it("saves all present, then one edited to leave, with recorder and time", async () => {
    const id = await newActivity();
    await actAs(organiser);
    const everyone = [headA, a1, a2];
    expect(
      await recordStudyAttendance({
        activityId: id,
        entries: everyone.map((u) => ({ userId: u.id, status: "PRESENT" })),
      }),
    ).toEqual({ ok: true, data: { changed: 3 } });
    const first = await db.studyAttendance.findMany({ where: { activityId: id } });
    expect(
      first.every((r) => r.status === "PRESENT" && r.recordedById === organiser.id && r.recordedAt),
    ).toBe(true);
    const recordedAt = (await db.studyActivity.findUniqueOrThrow({ where: { id } })).recordedAt;
    expect(recordedAt).not.toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "study.attendance.record",
      result: "SUCCESS",
      objectId: id,
      detail: JSON.stringify({ present: 3, leave: 0, absent: 0, unrecorded: 0, changed: 3 }),
    });

    // 政治处 edits one person in a second save; only that row changes.
    await actAs(office);
    expect(
      await recordStudyAttendance({
        activityId: id,
        entries: [
          { userId: headA.id, status: "PRESENT" },
          { userId: a1.id, status: "PRESENT" },
          { userId: a2.id, status: "LEAVE" },
        ],
      }),
    ).toEqual({ ok: true, data: { changed: 1 } });
    const after = new Map(
      (await db.studyAttendance.findMany({ where: { activityId: id } })).map((r) => [r.userId, r]),
    );
    expect(after.get(a2.id)).toMatchObject({ status: "LEAVE", recordedById: office.id });
    expect(after.get(a1.id)).toMatchObject({
      status: "PRESENT",
      recordedById: organiser.id,
      recordedAt: first.find((r) => r.userId === a1.id)!.recordedAt,
    });
    expect((await db.studyActivity.findUniqueOrThrow({ where: { id } })).recordedAt).toEqual(
      recordedAt,
    );
    expect((await getActivity(await session(headA), id))!.tally).toMatchObject({
      expected: 3,
      present: 2,
      leave: 1,
      absent: 0,
      unrecorded: 0,
      rate: 66.7,
    });

    // Clearing a status puts the row back to not recorded.
    await actAs(organiser);
    expect(
      await recordStudyAttendance({
        activityId: id,
        entries: [{ userId: headA.id, status: null }],
      }),
    ).toMatchObject({ ok: true });
    expect(
      await db.studyAttendance.findUniqueOrThrow({
        where: { activityId_userId: { activityId: id, userId: headA.id } },
      }),
    ).toMatchObject({ status: null, recordedById: null, recordedAt: null });
  });

  it("refuses attendees, department heads and strangers who are not the organiser", async () => {
    const id = await newActivity();
    const entries = [{ userId: a1.id, status: "ABSENT" }];
    for (const u of [a1, headA]) {
      await actAs(u);
      expect(await recordStudyAttendance({ activityId: id, entries })).toEqual({
        ok: false,
        message: ACTIVITY_MESSAGES.notRecorder,
      });
      expect(await lastAudit()).toMatchObject({
        action: "study.attendance.record",
        result: "DENIED",
        userId: u.id,
      });
    }
    await actAs(b1);
    expect(await recordStudyAttendance({ activityId: id, entries })).toEqual({
      ok: false,
      message: NOT_FOUND,
    });
    expect(await lastAudit()).toMatchObject({
      action: "study.attendance.record",
      result: "NOT_FOUND",
      userId: b1.id,
    });
    await actAs(admin);
    expect(await recordStudyAttendance({ activityId: id, entries })).toEqual({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    expect(
      await db.studyAttendance.count({ where: { activityId: id, status: { not: null } } }),
    ).toBe(0);
  });
});

describe("materials", () => {
  it("stores a PDF outside public/ and lets only those who see the activity download it, audited", async () => {
    const id = await newActivity();
    await actAs(organiser);
    const pdf = makePdf("outline");
    const up = await uploadActivityMaterial(
      null,
      uploadForm(id, fileOf(pdf, "学习提纲（第一讲）.pdf", { type: "application/pdf" })),
    );
    const attId = idOf(up);
    const row = await db.attachment.findUniqueOrThrow({ where: { id: attId } });
    expect(row).toMatchObject({
      ownerType: "StudyActivity",
      ownerId: id,
      fileName: "学习提纲（第一讲）.pdf",
      mimeType: "application/pdf",
      size: pdf.length,
      uploadedById: organiser.id,
      sha256: createHash("sha256").update(pdf).digest("hex"),
    });
    expect(await storedFiles()).toContain(row.storageKey);
    expect(await readFile(path.join(uploadDir, row.storageKey))).toEqual(pdf);

    // An expected attendee downloads it.
    await actAs(a1);
    const ok = await get(attId);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(pdf);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect(ok.headers.get("content-disposition")).toBe(
      `attachment; filename="${"_".repeat(9)}.pdf"; filename*=UTF-8''${encodeURIComponent("学习提纲（第一讲）.pdf")}`,
    );
    expect(await lastAudit()).toMatchObject({
      action: "attachment.download",
      result: "SUCCESS",
      userId: a1.id,
      objectId: attId,
    });

    // Someone who may not see the activity, an administrator, nobody, an unknown id: the same 404.
    for (const u of [b1, headB, admin]) {
      await actAs(u);
      const res = await get(attId);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("%PDF");
      expect(await lastAudit()).toMatchObject({
        action: "attachment.download",
        result: "NOT_FOUND",
        userId: u.id,
        objectId: attId,
      });
    }
    actAnonymously();
    expect((await get(attId)).status).toBe(404);
    expect(await lastAudit()).toMatchObject({
      action: "attachment.download",
      result: "DENIED",
      userId: null,
    });
    await actAs(a1);
    expect((await get("c-no-such-file")).status).toBe(404);

    // Materials appear on the activity page for attendees.
    expect((await getActivity(await session(a1), id))!.materials.map((m) => m.id)).toEqual([attId]);
  });

  it("throttles anonymous denials per address, so a flood writes a bounded number of audit rows", async () => {
    actAnonymously();
    testRequest.ip = "10.88.0.1";
    try {
      const before = await db.auditLog.count({
        where: { action: "attachment.download", ip: "10.88.0.1" },
      });
      const statuses = await Promise.all(
        Array.from({ length: 60 }, (_, i) => get(`c-flood-${i}`).then((r) => r.status)),
      );
      expect(statuses.filter((s) => s === 404)).toHaveLength(ANON_DENIAL_WINDOW.limit);
      expect(statuses.filter((s) => s === 429)).toHaveLength(60 - ANON_DENIAL_WINDOW.limit);
      const rows = await db.auditLog.findMany({
        where: { action: "attachment.download", ip: "10.88.0.1" },
        select: { result: true, objectId: true },
      });
      expect(rows.length - before).toBe(ANON_DENIAL_WINDOW.limit);
      // Each row that is written says what was asked for.
      expect(rows.every((r) => r.result === "DENIED" && r.objectId?.startsWith("c-flood-"))).toBe(
        true,
      );
      // Another address is not affected.
      testRequest.ip = "10.88.0.2";
      expect((await get("c-flood-x")).status).toBe(404);
    } finally {
      testRequest.ip = "10.1.2.3";
    }
  });

  it("rejects a wrong type or more than 10 MB with a Chinese error and leaves no row and no file", async () => {
    const id = await newActivity();
    const files = await storedFiles();
    const rows = await db.attachment.count();
    await actAs(organiser);
    const cases: [File, string][] = [
      [
        fileOf(Buffer.from("<html><script>alert(1)</script></html>"), "讲稿.pdf", {
          type: "application/pdf",
        }),
        UPLOAD_MESSAGES.wrongType,
      ],
      [
        fileOf(
          await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
            .gif()
            .toBuffer(),
          "动图.png",
          { type: "image/png" },
        ),
        UPLOAD_MESSAGES.wrongType,
      ],
      [
        fileOf(Buffer.concat([makePdf(), Buffer.alloc(10 * 1024 * 1024)]), "大文件.pdf", {
          type: "application/pdf",
        }),
        UPLOAD_MESSAGES.tooLarge,
      ],
      [new File([], "空.pdf", { type: "application/pdf" }), UPLOAD_MESSAGES.empty],
    ];
    for (const [file, message] of cases) {
      expect(await uploadActivityMaterial(null, uploadForm(id, file))).toEqual({
        ok: false,
        message,
        fieldErrors: { file: message },
      });
    }
    // Exactly 10 MB passes the size check (and is a real PDF).
    const edge = Buffer.concat([makePdf(), Buffer.alloc(10 * 1024 * 1024 - makePdf().length)]);
    const edgeId = idOf(
      await uploadActivityMaterial(null, uploadForm(id, fileOf(edge, "十兆.pdf"))),
    );
    await db.attachment
      .delete({ where: { id: edgeId } })
      .then(async (a) => rm(path.join(uploadDir, a.storageKey)));

    // A non-organiser cannot upload at all.
    await actAs(a1);
    expect(await uploadActivityMaterial(null, uploadForm(id, fileOf(makePdf(), "x.pdf")))).toEqual({
      ok: false,
      message: ACTIVITY_MESSAGES.notRecorder,
    });
    expect(await storedFiles()).toEqual(files);
    expect(await db.attachment.count()).toBe(rows);
  });

  it("accepts a DOCX and strips EXIF from a JPEG, applying its orientation", async () => {
    const id = await newActivity();
    await actAs(office);
    const docx = await db.attachment.findUniqueOrThrow({
      where: {
        id: idOf(
          await uploadActivityMaterial(null, uploadForm(id, fileOf(makeDocx(), "心得.docx"))),
        ),
      },
    });
    expect(docx).toMatchObject({
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      fileName: "心得.docx",
    });

    const jpeg = await makeJpegWithExif();
    const before = await sharp(jpeg).metadata();
    expect(before).toMatchObject({ width: 40, height: 20, orientation: 6 });
    expect(before.exif?.includes(Buffer.from("SecretCam"))).toBe(true);
    const row = await db.attachment.findUniqueOrThrow({
      where: {
        id: idOf(
          await uploadActivityMaterial(
            null,
            uploadForm(id, fileOf(jpeg, "活动照片.jpg", { type: "image/jpeg" })),
          ),
        ),
      },
    });
    const stored = await readFile(path.join(uploadDir, row.storageKey));
    const after = await sharp(stored).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    // Orientation 6 is a quarter turn: the pixels are now upright, 20 × 40.
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(stored.includes(Buffer.from("SecretCam"))).toBe(false);
    expect(row).toMatchObject({
      mimeType: "image/jpeg",
      size: stored.length,
      sha256: createHash("sha256").update(stored).digest("hex"),
    });
  });

  it("deletes a material (row and file) for the organiser only", async () => {
    const id = await newActivity();
    await actAs(organiser);
    const attId = idOf(
      await uploadActivityMaterial(null, uploadForm(id, fileOf(makePdf(), "删除测试.pdf"))),
    );
    const { storageKey } = await db.attachment.findUniqueOrThrow({ where: { id: attId } });
    await actAs(a1);
    expect(await deleteActivityMaterial({ activityId: id, attachmentId: attId })).toEqual({
      ok: false,
      message: ACTIVITY_MESSAGES.notRecorder,
    });
    const other = await newActivity();
    await actAs(organiser);
    expect(await deleteActivityMaterial({ activityId: other, attachmentId: attId })).toEqual({
      ok: false,
      message: NOT_FOUND,
    });
    expect(await storedFiles()).toContain(storageKey);
    expect(await deleteActivityMaterial({ activityId: id, attachmentId: attId })).toMatchObject({
      ok: true,
    });
    expect(await db.attachment.findUnique({ where: { id: attId } })).toBeNull();
    expect(await storedFiles()).not.toContain(storageKey);
  });
});

describe("campaigns", () => {
  it("creates a campaign for 政治处 only, keeps its activities inside its window, and sums attendance to a hand count", async () => {
    await actAs(a1);
    expect(
      await createStudyCampaign({
        title: "越权",
        startsOn: day(-10).slice(0, 10),
        endsOn: day(10).slice(0, 10),
      }),
    ).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
    await actAs(office);
    expect(
      await createStudyCampaign({
        title: "倒置",
        startsOn: day(3).slice(0, 10),
        endsOn: day(1).slice(0, 10),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { endsOn: "结束日期不能早于开始日期" } });
    const campaignId = idOf(
      await createStudyCampaign({
        title: "测试专题",
        startsOn: day(-10).slice(0, 10),
        endsOn: day(10).slice(0, 10),
      }),
    );
    campaignIds.push(campaignId);
    expect(
      await createStudyActivity({
        campaignId,
        type: "FORUM",
        title: "窗口外",
        heldAt: day(11),
        organiserId: organiser.id,
        scopeType: "USERS",
        attendeeIds: [a1.id],
      }),
    ).toMatchObject({ ok: false, fieldErrors: { heldAt: ACTIVITY_MESSAGES.outsideCampaign } });

    // Forum for A (3 people): 2 present, 1 absent. Lecture for a1 and b1: 1 leave, 1 unrecorded.
    const forum = await newActivity({ campaignId, type: "FORUM" });
    const lecture = await newActivity({
      campaignId,
      type: "PARTY_LECTURE",
      scopeType: "USERS",
      attendeeIds: [a1.id, b1.id],
      heldAt: day(10, "23:59"),
    });
    await actAs(organiser);
    expect(
      await recordStudyAttendance({
        activityId: forum,
        entries: [
          { userId: headA.id, status: "PRESENT" },
          { userId: a1.id, status: "PRESENT" },
          { userId: a2.id, status: "ABSENT" },
        ],
      }),
    ).toMatchObject({ ok: true });
    expect(
      await recordStudyAttendance({
        activityId: lecture,
        entries: [{ userId: b1.id, status: "LEAVE" }],
      }),
    ).toMatchObject({ ok: true });

    const listed = (await listStudyCampaigns(1)).rows.find((c) => c.id === campaignId)!;
    expect(listed).toMatchObject({
      activities: 2,
      tally: { expected: 5, present: 2, leave: 1, absent: 1, unrecorded: 1, recorded: 4, rate: 50 },
    });
    const c = (await getStudyCampaign(campaignId, 1))!;
    expect(c.total).toEqual(listed.tally);
    expect(
      c.byType.map((t) => [t.type, t.activities, t.tally.present, t.tally.leave, t.tally.absent]),
    ).toEqual([
      ["PARTY_LECTURE", 1, 0, 1, 0],
      ["FORUM", 1, 2, 0, 1],
    ]);
    expect(
      Object.fromEntries(
        c.byDepartment.map((d) => [d.id, [d.tally.expected, d.tally.present, d.tally.rate]]),
      ),
    ).toEqual({ [deptA.id]: [4, 2, 66.7], [deptB.id]: [1, 0, 0] });
    expect(c.activities.map((a) => a.id)).toEqual([lecture, forum]);
    expect(await getStudyCampaign("c-no-such-campaign", 1)).toBeNull();
  });
});
