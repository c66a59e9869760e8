// zod schemas and words of 检察文化 events: club events (读书分享, 讲座) and
// 集体活动 group events (徒步, 文体) share one model and one set of rules.
import { z } from "zod";

import { ATTENDANCE_STATUSES } from "../../attendance";
import {
  id,
  keyword,
  optionalDateTime,
  optionalId,
  optionalText,
  page,
  requiredDateTime,
  sortFields,
  text,
} from "../../forms/fields";

export const EVENT_TYPES = ["READING", "LECTURE", "HIKE", "SPORTS", "OTHER"] as const;
export const EVENT_TYPE_LABELS: Record<string, string> = {
  READING: "读书分享",
  LECTURE: "讲座",
  HIKE: "徒步",
  SPORTS: "文体活动",
  OTHER: "其他",
};

export const REGISTRATION_STATUS_LABELS: Record<string, string> = {
  REGISTERED: "已报名",
  WAITLISTED: "候补",
  CANCELLED: "已取消",
};

export const EVENT_MESSAGES = {
  registered: "报名成功",
  waitlisted: (position: number) =>
    `名额已满，您已进入候补名单（第 ${position} 位）。有人取消报名时按报名先后递补，递补后会通知您`,
  alreadyRegistered: "您已报名该活动，无需重复报名",
  alreadyWaiting: "您已在该活动的候补名单中，无需重复报名",
  closed: "报名已截止",
  past: "活动已开始或已结束，不能报名",
  membersOnly: "社团活动仅限社团在册成员报名，请先申请加入社团",
  notRegistered: "您没有报名该活动",
  cancelStarted: "活动已开始或已登记考勤，不能取消报名",
  notOrganiser: "只有活动组织者可以登记考勤（集体活动为政治处，社团活动为社团负责人）",
  notStarted: "活动开始前 30 分钟起才能登记考勤",
  outsideRoster: (n: number) => `有 ${n} 人不在本活动的报名名单中，考勤未保存`,
  duplicate: "同一人员出现了多次，考勤未保存",
  closesAfterStart: "报名截止时间不能晚于活动开始时间",
  endsBeforeStart: "结束时间须晚于开始时间",
  startsInPast: "活动开始时间须晚于当前时间",
  groupNeedsManager: "只有政治处可以发布集体活动",
} as const;

/** The registrant's own view of the result. */
export type RegisterResult = {
  status: "REGISTERED" | "WAITLISTED";
  position: number | null;
  message: string;
};

const capacity = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : v),
  z.coerce
    .number({ error: "名额须为数字" })
    .int("名额须为整数")
    .min(1, "名额至少为 1")
    .max(10000, "名额不能大于 10000")
    .nullable(),
);

export const CreateEventInput = z
  .object({
    /** Empty for a 集体活动 (政治处); a club's id for a club event (its officers). */
    clubId: optionalId("社团"),
    type: z.enum(EVENT_TYPES, { error: "请选择活动类型" }),
    title: text("活动名称", 80),
    description: optionalText("活动说明", 2000),
    location: optionalText("活动地点", 100),
    startsAt: requiredDateTime("开始时间"),
    endsAt: optionalDateTime("结束时间"),
    capacity,
    registrationClosesAt: optionalDateTime("报名截止时间"),
  })
  .superRefine((v, ctx) => {
    if (v.startsAt instanceof Date && v.startsAt.getTime() <= Date.now())
      ctx.addIssue({ code: "custom", path: ["startsAt"], message: EVENT_MESSAGES.startsInPast });
    if (v.endsAt && v.startsAt instanceof Date && v.endsAt <= v.startsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: EVENT_MESSAGES.endsBeforeStart });
    if (v.registrationClosesAt && v.startsAt instanceof Date && v.registrationClosesAt > v.startsAt)
      ctx.addIssue({
        code: "custom",
        path: ["registrationClosesAt"],
        message: EVENT_MESSAGES.closesAfterStart,
      });
  });

export const EventRef = z.object({ eventId: id("活动") });

/** One save of the attendance sheet: every listed registrant's status (null clears it). */
export const RecordEventAttendanceInput = z.object({
  eventId: id("活动"),
  entries: z
    .array(
      z.object({
        userId: id("人员"),
        status: z.enum(ATTENDANCE_STATUSES, { error: "考勤状态无效" }).nullable(),
      }),
      { error: "请填写考勤" },
    )
    .min(1, "请填写考勤")
    .max(2000, "人数过多"),
});

/** The columns the event list sorts by (?sort=). */
export const EVENT_SORTS = ["startsAt", "title", "type", "location"] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export const EventListFilter = z.object({
  when: z.enum(["upcoming", "past"]).optional().catch(undefined),
  q: keyword,
  ...sortFields(EVENT_SORTS),
  page,
});
export type EventListFilter = z.infer<typeof EventListFilter>;
