"use server";

// 学习活动 writes: 政治处 creates an activity (its expected attendees fixed
// from the scope, each notified); the organiser or 政治处 records attendance
// in one save and manages the activity's materials.
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import {
  deleteAttachment,
  deleteAttachmentsOf,
  prepareUpload,
  storeAttachment,
} from "../../attachments/upload";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { formatDateTime } from "../../format";
import { notify } from "../../notifications/notify";
import { markPointsChanged } from "../rankings/queries";
import { activityKindLabel, type AttendanceStatus } from "../types";
import { ACTIVITY_OWNER } from "./access";
import {
  ACTIVITY_MESSAGES,
  ActivityRef,
  CreateActivityInput,
  DeleteMaterialInput,
  RecordAttendanceInput,
  UpdateActivityInput,
  UploadMaterialInput,
} from "./schemas";
import { assertOrganiser, resolveExpectedAttendees } from "./scope";
import { assertMaterialRoom, checkCampaign, recordableActivity, writeAttendance } from "./writes";

export const createStudyActivity = action(
  { name: "study.activity.create", permission: "study.manage", input: CreateActivityInput },
  async ({ db, user, input, audit }) => {
    await checkCampaign(db, input.campaignId, input.heldAt);
    const organiser = await assertOrganiser(db, input.organiserId);
    const scope = await resolveExpectedAttendees(db, input);
    const a = await db.studyActivity.create({
      data: {
        campaignId: input.campaignId,
        type: input.type,
        theme: input.theme ?? null,
        title: input.title,
        description: input.description ?? "",
        location: input.location ?? "",
        heldAt: input.heldAt,
        scopeType: input.scopeType,
        scopeValue: scope.scopeValue,
        organiserId: organiser.id,
        createdById: user.id,
      },
      select: { id: true },
    });
    await db.studyAttendance.createMany({
      data: scope.userIds.map((userId) => ({ activityId: a.id, userId })),
    });
    const link = `/study/activities/${a.id}`;
    const body = `${activityKindLabel(input.type, input.theme)}，${formatDateTime(input.heldAt)}${input.location ? `，${input.location}` : ""}`;
    await notify(db, scope.userIds, { title: `您有一项学习活动：${input.title}`, body, link });
    if (!scope.userIds.includes(organiser.id))
      await notify(db, [organiser.id], {
        title: `您被指定为学习活动组织人：${input.title}`,
        body,
        link,
      });
    Object.assign(audit, {
      objectType: "StudyActivity",
      objectId: a.id,
      detail: {
        type: input.type,
        theme: input.theme ?? null,
        scopeType: input.scopeType,
        expected: scope.userIds.length,
        organiserId: organiser.id,
      },
    });
    revalidatePath("/study/activities");
    return { id: a.id, expected: scope.userIds.length };
  },
);

/**
 * 政治处 edits an activity's details; the scope and its expected attendees
 * stay as fixed at creation. A new time or place is sent to every expected
 * attendee (and a new organiser is told).
 */
export const updateStudyActivity = action(
  { name: "study.activity.update", permission: "study.manage", input: UpdateActivityInput },
  async ({ db, input, audit }) => {
    const before = await db.studyActivity.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        campaignId: true,
        type: true,
        theme: true,
        title: true,
        heldAt: true,
        location: true,
        organiserId: true,
        description: true,
      },
    });
    if (!before) throw new NotFoundError();
    await checkCampaign(db, input.campaignId, input.heldAt);
    const organiser = await assertOrganiser(db, input.organiserId);
    const after = {
      campaignId: input.campaignId ?? null,
      type: input.type,
      theme: input.theme ?? null,
      title: input.title,
      heldAt: input.heldAt,
      location: input.location ?? "",
      organiserId: organiser.id,
      description: input.description ?? "",
    };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) =>
      after[k] instanceof Date
        ? after[k].getTime() !== (before[k] as Date).getTime()
        : after[k] !== before[k],
    );
    await db.studyActivity.update({ where: { id: before.id }, data: after });
    // Its type weighs its recorded attendance; its date, the year that counts it.
    if (changed.includes("type") || changed.includes("heldAt")) await markPointsChanged(db);
    const link = `/study/activities/${before.id}`;
    if (changed.includes("heldAt") || changed.includes("location")) {
      const expected = await db.studyAttendance.findMany({
        where: { activityId: before.id },
        select: { userId: true },
      });
      await notify(
        db,
        expected.map((e) => e.userId),
        {
          title: `学习活动时间或地点已变更：${after.title}`,
          body: `现为 ${formatDateTime(after.heldAt)}${after.location ? `，${after.location}` : ""}`,
          link,
        },
      );
    }
    if (changed.includes("organiserId"))
      await notify(db, [organiser.id], {
        title: `您被指定为学习活动组织人：${after.title}`,
        body: formatDateTime(after.heldAt),
        link,
      });
    Object.assign(audit, { objectType: "StudyActivity", objectId: before.id, detail: { changed } });
    revalidatePath(link);
    revalidatePath("/study/activities");
    return { id: before.id, changed };
  },
);

/**
 * 政治处 deletes an activity whose attendance nobody has recorded yet (recorded
 * attendance has become study points). Its materials' files go after the
 * commit; expected attendees of an activity still ahead are told it is off.
 */
export const deleteStudyActivity = action(
  { name: "study.activity.delete", permission: "study.manage", input: ActivityRef },
  async ({ db, input, audit, onCommit, onRollback }) => {
    const a = await db.studyActivity.findUnique({
      where: { id: input.id },
      select: { id: true, title: true, heldAt: true },
    });
    if (!a) throw new NotFoundError();
    if (await db.studyAttendance.count({ where: { activityId: a.id, status: { not: null } } }))
      throw new ConflictError(ACTIVITY_MESSAGES.recordedNoDelete);
    const expected = await db.studyAttendance.findMany({
      where: { activityId: a.id },
      select: { userId: true },
    });
    const materials = await deleteAttachmentsOf(
      db,
      { onCommit, onRollback },
      { ownerType: ACTIVITY_OWNER, ownerId: a.id },
    );
    await db.studyActivity.delete({ where: { id: a.id } });
    if (a.heldAt.getTime() > Date.now()) {
      await notify(
        db,
        expected.map((e) => e.userId),
        {
          title: `学习活动已取消：${a.title}`,
          body: `原定 ${formatDateTime(a.heldAt)}`,
          link: "/study/activities",
        },
      );
    }
    Object.assign(audit, {
      objectType: "StudyActivity",
      objectId: a.id,
      detail: { expected: expected.length, materials },
    });
    // No revalidatePath, as for deleteArticle: the deleted page would re-render
    // in place as a 404 before the delete button moves on to the list.
    return { id: a.id };
  },
);

export const recordStudyAttendance = action(
  { name: "study.attendance.record", permission: "study.log", input: RecordAttendanceInput },
  async ({ db, user, input, audit }) => {
    const a = await recordableActivity(db, user, input.activityId);
    const ids = input.entries.map((e) => e.userId);
    if (new Set(ids).size !== ids.length) throw new ValidationError(ACTIVITY_MESSAGES.duplicate);
    const expected = await db.studyAttendance.count({
      where: { activityId: a.id, userId: { in: ids } },
    });
    if (expected !== ids.length)
      throw new ValidationError(ACTIVITY_MESSAGES.outsideScope(ids.length - expected));

    const now = new Date();
    const { groups, changed } = await writeAttendance(db, a.id, input.entries, user.id, now);
    await markPointsChanged(db);
    await db.studyActivity.updateMany({
      where: { id: a.id, recordedAt: null },
      data: { recordedAt: now },
    });
    const count = (s: AttendanceStatus | null) => groups.get(s)?.length ?? 0;
    Object.assign(audit, {
      objectType: "StudyActivity",
      objectId: a.id,
      detail: {
        present: count("PRESENT"),
        leave: count("LEAVE"),
        absent: count("ABSENT"),
        unrecorded: count(null),
        changed,
      },
    });
    revalidatePath(`/study/activities/${a.id}`);
    revalidatePath("/study/activities");
    return { changed };
  },
);

export const uploadActivityMaterial = action(
  { name: "study.material.upload", permission: "study.log", input: UploadMaterialInput },
  async ({ db, user, input, audit, onCommit, onRollback }) => {
    const a = await recordableActivity(db, user, input.activityId);
    await assertMaterialRoom(db, a.id);
    const prepared = await prepareUpload(input.file);
    const att = await storeAttachment(
      db,
      { onCommit, onRollback },
      { ownerType: ACTIVITY_OWNER, ownerId: a.id },
      prepared,
      user.id,
    );
    Object.assign(audit, {
      objectType: "Attachment",
      objectId: att.id,
      detail: { activityId: a.id, mimeType: att.mimeType, size: att.size, sha256: att.sha256 },
    });
    revalidatePath(`/study/activities/${a.id}`);
    return { id: att.id, fileName: att.fileName };
  },
);

export const deleteActivityMaterial = action(
  { name: "study.material.delete", permission: "study.log", input: DeleteMaterialInput },
  async ({ db, user, input, audit, onCommit, onRollback }) => {
    const a = await recordableActivity(db, user, input.activityId);
    const gone = await deleteAttachment(
      db,
      { onCommit, onRollback },
      { ownerType: ACTIVITY_OWNER, ownerId: a.id },
      input.attachmentId,
    );
    if (!gone) throw new NotFoundError();
    Object.assign(audit, {
      objectType: "Attachment",
      objectId: input.attachmentId,
      detail: { activityId: a.id },
    });
    revalidatePath(`/study/activities/${a.id}`);
    return { id: input.attachmentId };
  },
);
