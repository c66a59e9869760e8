// zod schemas of 部署事项 and their progress, shared by the forms and the
// actions, and the list filter.
import { z } from "zod";

import { id, keyword, optionalId, page, requiredDate, sortFields, text } from "../../forms/fields";
import { ASSIGNMENT_STATUSES } from "../labels";
import { LIMITS, longText, yearFilter } from "../schemas";

const pick = (label: string) =>
  z
    .string({ error: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .max(40, `${label}无效`);

export const AssignmentRow = z.object({
  departmentId: pick("部门"),
  ownerId: pick("责任人"),
  dueDate: requiredDate("截止日期"),
});

const asArray = (v: unknown): unknown[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];

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
  const rows = Array.from(
    { length: Math.max(depts.length, owners.length, dues.length) },
    (_, i) => ({
      departmentId: depts[i] ?? "",
      ownerId: owners[i] ?? "",
      dueDate: dues[i] ?? "",
    }),
  ).filter((r) =>
    [r.departmentId, r.ownerId, r.dueDate].some((x) => typeof x === "string" && x.trim() !== ""),
  );
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
        if (seen.has(r.departmentId))
          ctx.addIssue({
            code: "custom",
            path: [i, "departmentId"],
            message: "同一部署事项中部门不能重复",
          });
        seen.add(r.departmentId);
      });
    }),
};
export const CreateDeploymentInput = z.preprocess(zipAssignments, z.object(deploymentFields));
export const UpdateDeploymentInput = z.preprocess(
  zipAssignments,
  z.object({ id: id("部署事项"), ...deploymentFields }),
);
export type DeploymentInput = z.infer<typeof CreateDeploymentInput>;

export const PostProgressInput = z.object({
  assignmentId: id("部署任务"),
  status: z.enum(ASSIGNMENT_STATUSES, { error: "请选择落实状态" }),
  note: text("进展情况", LIMITS.progressNote),
});

export const OpenFollowUpFromDeploymentInput = z.object({
  deploymentId: id("部署事项"),
  departmentId: optionalId("部门"),
});

// ---- Page filter (never fails: bad values fall back) ----------------------

export const DEPLOYMENT_STATES = ["active", "overdue", "done"] as const;
export const DEPLOYMENT_STATE_LABELS: Record<(typeof DEPLOYMENT_STATES)[number], string> = {
  active: "未完成",
  overdue: "有逾期",
  done: "已全部完成",
};

/** The columns the deployment list sorts by (?sort=). */
export const DEPLOYMENT_SORTS = ["createdAt", "title"] as const;
export type DeploymentSort = (typeof DEPLOYMENT_SORTS)[number];

export const DeploymentListFilter = z.object({
  q: keyword,
  ...sortFields(DEPLOYMENT_SORTS),
  // Only the deployments with an assignment the viewer reports on (progressScopeWhere).
  mine: z.literal("1").optional().catch(undefined),
  year: yearFilter.optional().catch(undefined),
  state: z.enum(DEPLOYMENT_STATES).optional().catch(undefined),
  page,
});
export type DeploymentListFilter = z.infer<typeof DeploymentListFilter>;
