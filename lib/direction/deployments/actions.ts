"use server";

// 部署事项 writes. Leadership and 政治处 (direction.manage) make deployments
// and assign them to departments; a department's head or liaison, or the
// assignment's owner, posts progress on that department's assignment only;
// whoever runs the 督办 board (followup.manage) opens a follow-up on one.
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { openFollowUp } from "../../follow-ups/open";
import { formatDate } from "../../format";
import { notify } from "../../notifications/notify";
import { assignmentStatusLabel } from "../labels";
import { assertNoOpenFollowUp, INVALID, revalidateDirection } from "../writes";
import { progressScopeWhere } from "./access";
import {
  CreateDeploymentInput,
  OpenFollowUpFromDeploymentInput,
  PostProgressInput,
  UpdateDeploymentInput,
} from "./schemas";
import { assertAssignments, assertSources, deploymentLink, notifyOwner } from "./writes";

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
