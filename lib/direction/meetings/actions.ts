"use server";

// 会议 writes: leadership and 政治处 (direction.manage) record meetings with
// their attendees, minutes and decisions; whoever runs the 督办 board
// (followup.manage) turns a decision into a follow-up.
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { EXCLUSIVE_ROLES } from "../../auth/roles";
import type { Tx } from "../../db";
import { NotFoundError, ValidationError } from "../../errors";
import { openFollowUp } from "../../follow-ups/open";
import { assertNoOpenFollowUp, INVALID, revalidateDirection } from "../writes";
import { CreateMeetingInput, OpenFollowUpFromMeetingInput, UpdateMeetingInput } from "./schemas";

/** Attendees are active business users; on an edit, people already recorded may stay. */
async function assertAttendees(
  db: Tx,
  ids: string[],
  alreadyRecorded: ReadonlySet<string> = new Set(),
) {
  const fresh = ids.filter((id) => !alreadyRecorded.has(id));
  if (fresh.length === 0) return;
  const ok = await db.user.count({
    where: {
      id: { in: fresh },
      status: "ACTIVE",
      roles: { none: { role: { in: [...EXCLUSIVE_ROLES] } } },
    },
  });
  if (ok !== fresh.length)
    throw new ValidationError(INVALID, {
      attendeeIds: "参会人员中有不存在或已停用的账户，请刷新页面后重新选择",
    });
}

export const createMeeting = action(
  { name: "direction.meeting.create", permission: "direction.manage", input: CreateMeetingInput },
  async ({ db, user, input, audit }) => {
    const { attendeeIds, ...fields } = input;
    await assertAttendees(db, attendeeIds);
    const meeting = await db.meeting.create({
      data: { ...fields, createdById: user.id },
      select: { id: true },
    });
    if (attendeeIds.length)
      await db.meetingAttendee.createMany({
        data: attendeeIds.map((userId) => ({ meetingId: meeting.id, userId })),
      });
    Object.assign(audit, {
      objectType: "Meeting",
      objectId: meeting.id,
      detail: { type: input.type, attendees: attendeeIds.length },
    });
    revalidateDirection();
    return meeting;
  },
);

export const updateMeeting = action(
  { name: "direction.meeting.update", permission: "direction.manage", input: UpdateMeetingInput },
  async ({ db, input, audit }) => {
    const { id, attendeeIds, ...fields } = input;
    const existing = await db.meeting.findUnique({
      where: { id },
      select: { attendees: { select: { userId: true } } },
    });
    if (!existing) throw new NotFoundError();
    await assertAttendees(db, attendeeIds, new Set(existing.attendees.map((a) => a.userId)));
    await db.meeting.update({ where: { id }, data: fields });
    await db.meetingAttendee.deleteMany({ where: { meetingId: id } });
    if (attendeeIds.length)
      await db.meetingAttendee.createMany({
        data: attendeeIds.map((userId) => ({ meetingId: id, userId })),
      });
    Object.assign(audit, {
      objectType: "Meeting",
      objectId: id,
      detail: { type: input.type, attendees: attendeeIds.length },
    });
    revalidateDirection();
    return { id };
  },
);

export const openFollowUpFromMeeting = action(
  {
    name: "direction.meeting.followUp",
    permission: "followup.manage",
    input: OpenFollowUpFromMeetingInput,
  },
  async ({ db, user, input, audit }) => {
    const meeting = await db.meeting.findUnique({
      where: { id: input.meetingId },
      select: { id: true, title: true },
    });
    if (!meeting) throw new NotFoundError();
    await assertNoOpenFollowUp(db, {
      sourceType: "MEETING",
      sourceId: meeting.id,
      title: input.title,
    });
    const f = await openFollowUp(db, {
      title: input.title,
      sourceType: "MEETING",
      sourceId: meeting.id,
      createdById: user.id,
      note: `来源会议：${meeting.title}`,
    });
    Object.assign(audit, {
      objectType: "FollowUp",
      objectId: f.id,
      detail: { sourceType: "MEETING", sourceId: meeting.id },
    });
    revalidateDirection();
    revalidatePath("/follow-ups");
    return { id: f.id, link: `/follow-ups/${f.id}` };
  },
);
