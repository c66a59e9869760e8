// zod schemas shared by the activity forms and actions, with Chinese messages.
import { z } from "zod";

import {
  id,
  keyword,
  monthFilter,
  optionalId,
  optionalText,
  page,
  requiredDateTime,
  sortFields,
  text,
} from "../../forms/fields";
import { ACTIVITY_SCOPES, ACTIVITY_TYPES, ATTENDANCE_STATUSES, EDUCATION_THEMES } from "../types";

export const ACTIVITY_MESSAGES = {
  themeRequired: "教育培训须选择教育主题",
  themeForbidden: "只有教育培训类活动设置教育主题",
  departmentsRequired: "请至少选择一个部门",
  attendeesRequired: "请至少选择一名参加人员",
  noAttendees: "参加范围内没有在职干警，请调整范围",
  departmentInvalid: "所选部门无效",
  attendeeInvalid: "所选人员中有已停用或无效的账户",
  organiserInvalid: "组织人须为在职干警",
  campaignMissing: "所选专题不存在",
  outsideCampaign: "活动时间不在所选专题的起止日期内",
  outsideScope: (n: number) => `有 ${n} 人不在本次活动的应到人员范围内，考勤未保存`,
  duplicate: "同一人员出现了多次，考勤未保存",
  notRecorder: "只有活动组织人或政治处可以登记考勤和管理学习材料",
  recordedNoDelete: "本次活动已登记考勤，考勤已计入学习积分，不能删除",
} as const;

const idList = (label: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().trim().min(1).max(40, `${label}无效`)).max(1000, `${label}过多`),
  );

/** What an activity says about itself: shared by creating and editing. */
const detailFields = {
  campaignId: optionalId("所属专题"),
  type: z.enum(ACTIVITY_TYPES, { error: "请选择活动类型" }),
  theme: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.enum(EDUCATION_THEMES, { error: "教育主题无效" }).optional(),
  ),
  title: text("活动名称", 80),
  heldAt: requiredDateTime("活动时间"),
  location: optionalText("活动地点", 100),
  organiserId: z
    .string({ error: "请选择组织人" })
    .trim()
    .min(1, "请选择组织人")
    .max(40, "组织人无效"),
  description: optionalText("活动说明", 1000),
};

/** 教育培训, and only it, carries one of the four 三合 themes. */
function checkTheme(v: { type: string; theme?: string }, ctx: z.RefinementCtx) {
  if (v.type === "EDUCATION" && !v.theme)
    ctx.addIssue({ code: "custom", path: ["theme"], message: ACTIVITY_MESSAGES.themeRequired });
  if (v.type !== "EDUCATION" && v.theme)
    ctx.addIssue({ code: "custom", path: ["theme"], message: ACTIVITY_MESSAGES.themeForbidden });
}

export const CreateActivityInput = z
  .object({
    ...detailFields,
    scopeType: z.enum(ACTIVITY_SCOPES, { error: "请选择参加范围" }),
    departmentIds: idList("部门"),
    attendeeIds: idList("人员"),
  })
  .superRefine((v, ctx) => {
    checkTheme(v, ctx);
    if (v.scopeType === "DEPARTMENTS" && v.departmentIds.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["departmentIds"],
        message: ACTIVITY_MESSAGES.departmentsRequired,
      });
    if (v.scopeType === "USERS" && v.attendeeIds.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["attendeeIds"],
        message: ACTIVITY_MESSAGES.attendeesRequired,
      });
  });
export type CreateActivityInput = z.infer<typeof CreateActivityInput>;

/** Editing keeps the scope: the expected attendees were fixed, and notified, at creation. */
export const UpdateActivityInput = z
  .object({ id: id("学习活动"), ...detailFields })
  .superRefine(checkTheme);

export const ActivityRef = z.object({ id: id("学习活动") });

/** One save of the attendance form: every listed person's status (null clears it). */
export const RecordAttendanceInput = z.object({
  activityId: id("学习活动"),
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
export type RecordAttendanceInput = z.infer<typeof RecordAttendanceInput>;

export const UploadMaterialInput = z.object({
  activityId: id("学习活动"),
  file: z.instanceof(File, { error: "请选择要上传的文件" }),
});

export const DeleteMaterialInput = z.object({
  activityId: id("学习活动"),
  attachmentId: id("学习材料"),
});

/** The columns the activity list sorts by (?sort=). */
export const ACTIVITY_SORTS = ["heldAt", "title", "type", "organiser"] as const;
export type ActivitySort = (typeof ACTIVITY_SORTS)[number];

export const ActivityListFilter = z.object({
  q: keyword,
  ...sortFields(ACTIVITY_SORTS),
  campaignId: z.string().trim().max(40).optional().catch(undefined),
  type: z.enum(ACTIVITY_TYPES).optional().catch(undefined),
  month: monthFilter,
  page,
});
export type ActivityListFilter = z.infer<typeof ActivityListFilter>;
