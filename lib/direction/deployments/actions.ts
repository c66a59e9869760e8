"use server";

// 部署事项 writes. Leadership and 政治处 (direction.manage) make deployments
// and assign them to departments; a department's head or liaison, or the
// assignment's owner, posts progress on that department's assignment only;
// whoever runs the 督办 board (followup.manage) opens a follow-up on one.
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { EXCLUSIVE_ROLES } from "../../auth/roles";
import type { Tx } from "../../db";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { openFollowUp } from "../../follow-ups/open";
import { formatDate } from "../../format";
import { notify } from "../../notifications/notify";
import { assignmentStatusLabel } from "../labels";
import { assertNoOpenFollowUp, INVALID, revalidateDirection } from "../writes";
import { progressScopeWhere } from "./access";
import { startOfShanghaiDay } from "./rules";
import {
  CreateDeploymentInput,
  OpenFollowUpFromDeploymentInput,
  PostProgressInput,
  UpdateDeploymentInput,
  type DeploymentInput,
} from "./schemas";

const deploymentLink = (id: string) => `/direction/deployments/${id}`;

async function assertSources(db: Tx, goalId: string | null, meetingId: string | null) {
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
async function assertAssignments(
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

async function notifyOwner(
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

export const createDeployment = action(
  {
    name: "direction.deployment.create",
    permission: "direction.manage",
    input: CreateDeploymentInput,
  },
  async ({ db, user, input, audit }) => {
    await assertSources(db, input.goalId, input.meetingId);
    await assertAssignments(db, input.assignments, new Date());
    const { assignments, ...fields } = input;
    const deployment = await db.deployment.create({
      data: {
        ...fields,
        createdById: user.id,
        assignments: {
          create: assignments.map((a) => ({
            departmentId: a.departmentId,
            ownerId: a.ownerId,
            dueDate: a.dueDate,
          })),
        },
      },
      select: { id: true, title: true },
    });
    for (const a of assignments) await notifyOwner(db, deployment, a, "assigned");
    Object.assign(audit, {
      objectType: "Deployment",
      objectId: deployment.id,
      detail: { departments: assignments.length, goalId: input.goalId, meetingId: input.meetingId },
    });
    revalidateDirection();
    return { id: deployment.id };
  },
);

export const updateDeployment = action(
  {
    name: "direction.deployment.update",
    permission: "direction.manage",
    input: UpdateDeploymentInput,
  },
  async ({ db, input, audit }) => {
    const { id, assignments, ...fields } = input;
    const existing = await db.deployment.findUnique({
      where: { id },
      select: {
        assignments: {
          select: {
            id: true,
            departmentId: true,
            ownerId: true,
            dueDate: true,
            department: { select: { name: true } },
            _count: { select: { progress: true } },
          },
        },
      },
    });
    if (!existing) throw new NotFoundError();
    await assertSources(db, fields.goalId, fields.meetingId);
    const byDept = new Map(existing.assignments.map((a) => [a.departmentId, a]));
    await assertAssignments(db, assignments, new Date(), byDept);

    const wanted = new Set(assignments.map((a) => a.departmentId));
    const removed = existing.assignments.filter((a) => !wanted.has(a.departmentId));
    const reported = removed.filter((a) => a._count.progress > 0);
    if (reported.length) {
      const message = `${reported.map((a) => a.department.name).join("、")}已报送进展，不能移除`;
      throw new ValidationError(message, { assignments: message });
    }
    await db.deployment.update({ where: { id }, data: fields, select: { id: true } });
    if (removed.length) {
      // Only assignments still without progress: one reported meanwhile stays, and we say so.
      const gone = await db.deploymentAssignment.deleteMany({
        where: { id: { in: removed.map((a) => a.id) }, progress: { none: {} } },
      });
      if (gone.count !== removed.length)
        throw new ConflictError("有部门刚刚报送了进展，不能移除，请刷新后重试");
    }
    for (const a of assignments) {
      const before = byDept.get(a.departmentId);
      if (!before) {
        await db.deploymentAssignment.create({
          data: {
            deploymentId: id,
            departmentId: a.departmentId,
            ownerId: a.ownerId,
            dueDate: a.dueDate,
          },
        });
        await notifyOwner(db, { id, title: fields.title }, a, "assigned");
      } else if (before.ownerId !== a.ownerId || before.dueDate.getTime() !== a.dueDate.getTime()) {
        await db.deploymentAssignment.update({
          where: { id: before.id },
          data: { ownerId: a.ownerId, dueDate: a.dueDate },
        });
        await notifyOwner(
          db,
          { id, title: fields.title },
          a,
          before.ownerId !== a.ownerId ? "assigned" : "due",
        );
      }
    }
    Object.assign(audit, {
      objectType: "Deployment",
      objectId: id,
      detail: { departments: assignments.length, removed: removed.length },
    });
    revalidateDirection();
    return { id };
  },
);

export const postDeploymentProgress = action(
  { name: "direction.progress.post", permission: "deployment.progress", input: PostProgressInput },
  async ({ db, user, input, audit }) => {
    // Scoped in the query: another department's assignment looks like no assignment.
    const a = await db.deploymentAssignment.findFirst({
      where: { AND: [{ id: input.assignmentId }, progressScopeWhere(user)] },
      select: {
        id: true,
        status: true,
        deployment: { select: { id: true, title: true, createdById: true } },
        department: { select: { name: true } },
      },
    });
    Object.assign(audit, { objectType: "DeploymentAssignment", objectId: input.assignmentId });
    if (!a) throw new NotFoundError();
    await db.deploymentProgress.create({
      data: { assignmentId: a.id, authorId: user.id, note: input.note, status: input.status },
    });
    if (a.status !== input.status)
      await db.deploymentAssignment.update({ where: { id: a.id }, data: { status: input.status } });
    if (input.status === "DONE" && a.status !== "DONE" && a.deployment.createdById !== user.id) {
      await notify(db, [a.deployment.createdById], {
        title: `部署事项已完成：${a.deployment.title}`,
        body: `${a.department.name}报告已完成。`,
        link: deploymentLink(a.deployment.id),
      });
    }
    audit.detail = { from: a.status, to: input.status };
    revalidateDirection();
    return { id: a.id, status: input.status };
  },
);

export const openFollowUpFromDeployment = action(
  {
    name: "direction.deployment.followUp",
    permission: "followup.manage",
    input: OpenFollowUpFromDeploymentInput,
  },
  async ({ db, user, input, audit }) => {
    const d = await db.deployment.findUnique({
      where: { id: input.deploymentId },
      select: {
        id: true,
        title: true,
        assignments: {
          select: {
            departmentId: true,
            dueDate: true,
            status: true,
            department: { select: { name: true } },
            owner: { select: { realName: true } },
          },
        },
      },
    });
    if (!d) throw new NotFoundError();
    const a = input.departmentId
      ? d.assignments.find((x) => x.departmentId === input.departmentId)
      : null;
    if (input.departmentId && !a)
      throw new ValidationError(INVALID, { departmentId: "该部门不在本部署事项的指派范围内" });
    await assertNoOpenFollowUp(db, {
      sourceType: "DEPLOYMENT",
      sourceId: d.id,
      departmentId: input.departmentId,
    });
    const title = a
      ? `部署事项督办：${d.title}（${a.department.name}）`
      : `部署事项督办：${d.title}`;
    const note = a
      ? `${a.department.name}，责任人${a.owner.realName}，截止 ${formatDate(a.dueDate)}，当前${assignmentStatusLabel(a.status)}`
      : `部署事项：${d.title}`;
    const f = await openFollowUp(db, {
      title,
      sourceType: "DEPLOYMENT",
      sourceId: d.id,
      departmentId: input.departmentId,
      createdById: user.id,
      note,
    });
    Object.assign(audit, {
      objectType: "FollowUp",
      objectId: f.id,
      detail: { sourceType: "DEPLOYMENT", sourceId: d.id },
    });
    revalidateDirection();
    revalidatePath("/follow-ups");
    return { id: f.id, link: `/follow-ups/${f.id}` };
  },
);
