// zod schemas of 会议, shared by the forms and the actions, and the list filter.
import { z } from "zod";

import { id, keyword, page, requiredDate, sortFields, text } from "../../forms/fields";
import { MEETING_TYPES } from "../labels";
import { LIMITS, longText, yearFilter } from "../schemas";

const idList = (max: number, tooMany: string) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.string().trim().min(1).max(40, "人员无效"), { error: "人员无效" })
      .max(max, tooMany)
      .transform((ids) => [...new Set(ids)]),
  );

const meetingFields = {
  type: z.enum(MEETING_TYPES, { error: "请选择会议类型" }),
  title: text("会议名称", LIMITS.meetingTitle),
  heldAt: requiredDate("会议日期"),
  minutes: longText("会议纪要", LIMITS.minutes),
  decisions: longText("决定事项", LIMITS.decisions),
  attendeeIds: idList(LIMITS.attendees, `参会人员不能超过 ${LIMITS.attendees} 人`),
};
export const CreateMeetingInput = z.object(meetingFields);
export const UpdateMeetingInput = z.object({ id: id("会议"), ...meetingFields });

export const OpenFollowUpFromMeetingInput = z.object({
  meetingId: id("会议"),
  title: text("督办事项", LIMITS.followUpTitle),
});

/** The columns the meeting list sorts by (?sort=). */
export const MEETING_SORTS = ["heldAt", "title", "type", "attendees"] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];

// Page filter (never fails: bad values fall back).
export const MeetingListFilter = z.object({
  q: keyword,
  ...sortFields(MEETING_SORTS),
  // Only the meetings the viewer attends (?mine=1).
  mine: z.literal("1").optional().catch(undefined),
  year: yearFilter.optional().catch(undefined),
  type: z.enum(MEETING_TYPES).optional().catch(undefined),
  page,
});
export type MeetingListFilter = z.infer<typeof MeetingListFilter>;
