// Checks and notices the deployment actions share: a deployment's sources,
// its department assignments, and the word to an assignment's owner. A plain
// module: a "use server" file may export actions only.
import "server-only";

import { EXCLUSIVE_ROLES } from "../../auth/roles";
import { startOfShanghaiDay } from "../../dates";
import type { Tx } from "../../db";
import { ValidationError } from "../../errors";
import { formatDate } from "../../format";
import { notify } from "../../notifications/notify";
import { INVALID } from "../writes";
import type { DeploymentInput } from "./schemas";

export const deploymentLink = (id: string) => `/direction/deployments/${id}`;

/** The goal and meeting a deployment comes from, when given, must exist. */
export async function assertSources(db: Tx, goalId: string | null, meetingId: string | null) {
  const [goal, meeting] = await Promise.all([
    goalId ? db.goal.findUnique({ where: { id: goalId }, select: { id: true } }) : null,
    meetingId ? db.meeting.findUnique({ where: { id: meetingId }, select: { id: true } }) : null,
  ]);
  const errors: Record<string, string> = {};
  if (goalId && !goal) errors.goalId = "所选年度目标不存在，请重新选择";
  if (meetingId && !meeting) errors.meetingId = "所选会议不存在，请重新选择";
  if (Object.keys(errors).length) throw new ValidationError(INVALID, errors);
}

type Row = DeploymentInput["assignments"][number];
type Kept = { ownerId: string; dueDate: Date };

/**
 * Each department must exist; each new or changed owner must be an active
 * business user of that department; a new or moved due date cannot be past.
 * `kept` holds the current rows of an edited deployment, by department.
 */
export async function assertAssignments(
  db: Tx,
  rows: Row[],
  now: Date,
  kept: ReadonlyMap<string, Kept> = new Map(),
) {
  const [departments, owners] = await Promise.all([
    db.department.findMany({
      where: { id: { in: rows.map((r) => r.departmentId) } },
      select: { id: true },
    }),
    db.user.findMany({
      where: { id: { in: rows.map((r) => r.ownerId) } },
      select: { id: true, status: true, departmentId: true, roles: { select: { role: true } } },
    }),
  ]);
  const deptIds = new Set(departments.map((d) => d.id));
  const ownerById = new Map(owners.map((o) => [o.id, o]));
  const today = startOfShanghaiDay(now).getTime();
  const errors: Record<string, string> = {};
  rows.forEach((r, i) => {
    const before = kept.get(r.departmentId);
    if (!deptIds.has(r.departmentId))
      errors[`assignments.${i}.departmentId`] = "部门不存在，请重新选择";
    if (before?.ownerId !== r.ownerId) {
      const o = ownerById.get(r.ownerId);
      const why = !o
        ? "责任人不存在，请重新选择"
        : o.status !== "ACTIVE"
          ? "该责任人账户已停用，请另选本部门在岗人员"
          : o.departmentId !== r.departmentId
            ? "责任人须为该部门人员"
            : o.roles.some((x) => (EXCLUSIVE_ROLES as readonly string[]).includes(x.role))
              ? "责任人不能为系统管理员或安全审计员"
              : null;
      if (why) errors[`assignments.${i}.ownerId`] = why;
    }
    if (before?.dueDate.getTime() !== r.dueDate.getTime() && r.dueDate.getTime() < today)
      errors[`assignments.${i}.dueDate`] = "截止日期不能早于今天";
  });
  if (Object.keys(errors).length) throw new ValidationError(INVALID, errors);
}

/** Tells an assignment's owner they were assigned, or that its due date moved. */
export async function notifyOwner(
  db: Tx,
  deployment: { id: string; title: string },
  a: { ownerId: string; departmentId: string; dueDate: Date },
  change: "assigned" | "due",
) {
  const dept = await db.department.findUnique({
    where: { id: a.departmentId },
    select: { name: true },
  });
  await notify(
    db,
    [a.ownerId],
    change === "assigned"
      ? {
          title: `部署事项：${deployment.title}`,
          body: `您是${dept?.name ?? ""}的责任人，请于 ${formatDate(a.dueDate)} 前完成，并及时报送落实进展。`,
          link: deploymentLink(deployment.id),
        }
      : {
          title: `部署事项截止日期调整：${deployment.title}`,
          body: `${dept?.name ?? ""}的截止日期调整为 ${formatDate(a.dueDate)}。`,
          link: deploymentLink(deployment.id),
        },
  );
}
