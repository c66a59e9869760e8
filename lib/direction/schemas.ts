// zod schemas of 党组引航, shared by the forms and the actions. Chinese
// messages; a maximum length on every string.
import { z } from "zod";
import { id, intInRange, optionalId, optionalText, page, requiredDate, text } from "../forms/fields";
import { ASSIGNMENT_STATUSES, GOAL_STATUSES, MEETING_TYPES } from "./labels";
import { shanghaiYear } from "../dates";

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const LIMITS = {
  goalTitle: 120,
  goalDescription: 2000,
  meetingTitle: 120,
  minutes: 20000,
  decisions: 5000,
  deploymentTitle: 120,
  deploymentDescription: 2000,
  progressNote: 1000,
  followUpTitle: 120,
  attendees: 1000,
  assignments: 30,
} as const;

const pick = (label: string) => z.string({ error: `请选择${label}` }).trim().min(1, `请选择${label}`).max(40, `${label}无效`);

const longText = (label: string, max: number) => optionalText(label, max).transform((v) => v ?? "");

// ---- Goals -----------------------------------------------------------------

const goalFields = {
  year: intInRange("年度", MIN_YEAR, MAX_YEAR),
  title: text("目标名称", LIMITS.goalTitle),
  description: longText("目标说明", LIMITS.goalDescription),
  status: z.enum(GOAL_STATUSES, { error: "请选择目标状态" }),
};
export const CreateGoalInput = z.object(goalFields);
export const UpdateGoalInput = z.object({ id: id("年度目标"), ...goalFields });

// ---- Meetings --------------------------------------------------------------

const idList = (max: number, tooMany: string) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().trim().min(1).max(40, "人员无效"), { error: "人员无效" }).max(max, tooMany).transform((ids) => [...new Set(ids)]),
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

// ---- Deployments -----------------------------------------------------------

export const AssignmentRow = z.object({
  departmentId: pick("部门"),
  ownerId: pick("责任人"),
  dueDate: requiredDate("截止日期"),
});

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/**
 * A form posts its assignment rows as parallel lists (assignmentDepartmentId[],
 * assignmentOwnerId[], assignmentDueDate[]); callers in code pass
 * `assignments: [{…}]`. Rows left entirely blank are dropped.
 */
function zipAssignments(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const o = raw as Record<string, unknown>;
  if (o.assignments !== undefined) return o;
  const depts = asArray(o.assignmentDepartmentId);
  const owners = asArray(o.assignmentOwnerId);
  const dues = asArray(o.assignmentDueDate);
  const rows = Array.from({ length: Math.max(depts.length, owners.length, dues.length) }, (_, i) => ({
    departmentId: depts[i] ?? "",
    ownerId: owners[i] ?? "",
    dueDate: dues[i] ?? "",
  })).filter((r) => [r.departmentId, r.ownerId, r.dueDate].some((x) => typeof x === "string" && x.trim() !== ""));
  const { assignmentDepartmentId: _d, assignmentOwnerId: _o, assignmentDueDate: _u, ...rest } = o; // eslint-disable-line @typescript-eslint/no-unused-vars
  return { ...rest, assignments: rows };
}

const deploymentFields = {
  title: text("事项名称", LIMITS.deploymentTitle),
  description: longText("事项说明", LIMITS.deploymentDescription),
  goalId: optionalId("年度目标"),
  meetingId: optionalId("来源会议"),
  assignments: z
    .array(AssignmentRow, { error: "请至少指派一个部门" })
    .min(1, "请至少指派一个部门")
    .max(LIMITS.assignments, `一个部署事项最多指派 ${LIMITS.assignments} 个部门`)
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((r, i) => {
        if (seen.has(r.departmentId)) ctx.addIssue({ code: "custom", path: [i, "departmentId"], message: "同一部署事项中部门不能重复" });
        seen.add(r.departmentId);
      });
    }),
};
export const CreateDeploymentInput = z.preprocess(zipAssignments, z.object(deploymentFields));
export const UpdateDeploymentInput = z.preprocess(zipAssignments, z.object({ id: id("部署事项"), ...deploymentFields }));
export type DeploymentInput = z.infer<typeof CreateDeploymentInput>;

export const PostProgressInput = z.object({
  assignmentId: id("部署任务"),
  status: z.enum(ASSIGNMENT_STATUSES, { error: "请选择落实状态" }),
  note: text("进展情况", LIMITS.progressNote),
});

// ---- Follow-ups opened from here ------------------------------------------

export const OpenFollowUpFromMeetingInput = z.object({
  meetingId: id("会议"),
  title: text("督办事项", LIMITS.followUpTitle),
});

export const OpenFollowUpFromDeploymentInput = z.object({
  deploymentId: id("部署事项"),
  departmentId: optionalId("部门"),
});

// ---- Page filters (never fail: bad values fall back) ----------------------

const year = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);
const thisYear = () => shanghaiYear(new Date());

export const OverviewFilter = z.object({ year: year.catch(thisYear) });
export type OverviewFilter = z.infer<typeof OverviewFilter>;

export const MeetingListFilter = z.object({
  year: year.optional().catch(undefined),
  type: z.enum(MEETING_TYPES).optional().catch(undefined),
  page,
});
export type MeetingListFilter = z.infer<typeof MeetingListFilter>;

export const DEPLOYMENT_STATES = ["active", "overdue", "done"] as const;
export const DEPLOYMENT_STATE_LABELS: Record<(typeof DEPLOYMENT_STATES)[number], string> = { active: "未完成", overdue: "有逾期", done: "已全部完成" };

export const DeploymentListFilter = z.object({
  year: year.optional().catch(undefined),
  state: z.enum(DEPLOYMENT_STATES).optional().catch(undefined),
  page,
});
export type DeploymentListFilter = z.infer<typeof DeploymentListFilter>;
